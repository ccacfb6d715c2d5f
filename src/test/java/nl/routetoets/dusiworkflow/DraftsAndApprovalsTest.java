package nl.routetoets.dusiworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.AttachmentKind;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drafts, the dialogue and the approvals a new version keeps, in the workflow itself (no HTTP): a
 * draft is the school's alone and a stale save never overwrites; an attachment is a PDF within the
 * configured size (here 64 kB) or refused; a submitted draft takes its answers and attachments to the
 * version; a route approved before stays approved in the next version exactly when it is unchanged and
 * shows no violation the approval did not overrule, and the audit log says so in Dutch.
 */
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:drafts-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=a-long-test-password",
    "routetoets.attachments.max-size=64KB",
    // the service receives the forms at the moment the demo application says it was submitted
    "routetoets.clock.start=2016-10-19T14:36:00+02:00",
    "logging.config=classpath:logback.xml"})
class DraftsAndApprovalsTest {
  /** Two routes of one form, R1 (techniek) and R2 (zorg); Het Stedelijk Alpha, BRIN 00AH. */
  private static final String TWO_ROUTES = "aanvraag-2017-twee-routes-techniek-en-zorg.json";
  private static final AtomicInteger IDS = new AtomicInteger();
  private static final Caller SCHOOL = new Caller("stedelijk", Role.SCHOOL, Set.of("00AH"));
  private static final Caller COLLEAGUE = new Caller("collega", Role.SCHOOL, Set.of("00AH"));
  private static final Caller OTHER_SCHOOL = new Caller("citadel", Role.SCHOOL, Set.of("30AU"));
  private static final Caller REVIEWER = new Caller("beoordelaar", Role.REVIEWER, Set.of());

  @Autowired Drafts drafts;
  @Autowired Dialogue dialogue;
  @Autowired ApplicationWorkflow workflow;
  @Autowired AuditLog audit;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  static ObjectNode demo() throws Exception {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", TWO_ROUTES)));
    doc.put("id", "APP-2017-D" + IDS.incrementAndGet());
    return doc;
  }

  static byte[] pdf(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  private long draft(Caller caller, ObjectNode doc) {
    return drafts.save(caller, null, null, DraftKind.APPLICATION, new Drafts.Form(doc, null, Map.of()), true).id();
  }

  @Test
  void aDraftIsTheSchoolsAloneAndAStaleSaveGoesIntoACopy() throws Exception {
    ObjectNode doc = demo();
    long id = draft(SCHOOL, doc);
    DraftView saved = drafts.open(COLLEAGUE, id);
    assertThat(saved.document()).isEqualTo(doc);
    assertThat(saved.schoolBrin()).isEqualTo("00AH");
    assertThat(saved.result().path("verdict").asString()).isEqualTo("COMPLIANT");
    assertThat(saved.checkedAt()).isNotNull();
    assertThat(drafts.list(COLLEAGUE)).extracting(d -> d.id()).contains(id);
    // another school: as if there were no such draft
    assertThatThrownBy(() -> drafts.open(OTHER_SCHOOL, id)).isInstanceOf(Refused.class)
        .extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.NOT_FOUND);
    assertThat(drafts.list(OTHER_SCHOOL)).extracting(d -> d.id()).doesNotContain(id);
    assertThatThrownBy(() -> drafts.open(REVIEWER, id)).isInstanceOf(Refused.class);

    // two windows on revision 1: the first save wins the draft, the second goes into a copy, nothing is lost
    ObjectNode first = doc.deepCopy().put("asOf", "2017-02-02");
    ObjectNode second = doc.deepCopy().put("asOf", "2017-02-03");
    Drafts.Saved a = drafts.save(SCHOOL, id, 1, DraftKind.APPLICATION, new Drafts.Form(first, null, Map.of()), false);
    Drafts.Saved b = drafts.save(COLLEAGUE, id, 1, DraftKind.APPLICATION, new Drafts.Form(second, null, Map.of()), false);
    assertThat(a).isEqualTo(new Drafts.Saved(id, false));
    assertThat(b.copied()).isTrue();
    assertThat(b.id()).isNotEqualTo(id);
    assertThat(drafts.open(SCHOOL, id).document().path("asOf").asString()).isEqualTo("2017-02-02");
    assertThat(drafts.open(SCHOOL, id).revision()).isEqualTo(2);
    assertThat(drafts.open(SCHOOL, id).result()).as("a save without a check shows no stale result").isNull();
    assertThat(drafts.open(SCHOOL, b.id()).document().path("asOf").asString()).isEqualTo("2017-02-03");
    drafts.delete(SCHOOL, b.id());
    assertThatThrownBy(() -> drafts.open(SCHOOL, b.id())).isInstanceOf(Refused.class);
  }

  @Test
  void anAttachmentIsAPdfWithinTheConfiguredSizeOrItIsRefused() throws Exception {
    long id = draft(SCHOOL, demo());
    assertThat(drafts.maxAttachmentBytes()).isEqualTo(64 * 1024);
    refused(id, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "only PDF files");
    // a PDF's name on a file that is none: the bytes decide, not the name
    refused(id, "PK\u0003\u0004 a zip named .pdf".getBytes(StandardCharsets.ISO_8859_1), "only PDF files");
    refused(id, new byte[0], "empty");
    refused(id, pdf(64 * 1024 + 1), "larger than 65536 bytes");
    Drafts.AttachmentView biggest = drafts.attach(SCHOOL, id, AttachmentKind.PROJECTPLAN, "C:\\stukken\\projectplan.pdf", pdf(64 * 1024));
    assertThat(biggest.filename()).isEqualTo("projectplan.pdf");
    assertThat(biggest.size()).isEqualTo(64 * 1024);
    assertThat(drafts.attachment(SCHOOL, id, biggest.id()).content()).isEqualTo(pdf(64 * 1024));
    assertThat(drafts.attachment(SCHOOL, id, biggest.id()).sha256()).isEqualTo(ApplicationWorkflow.sha256(pdf(64 * 1024)));
    assertThat(drafts.attach(SCHOOL, id, AttachmentKind.OVERIG, "../../etc/passwd", pdf(100)).filename()).isEqualTo("passwd.pdf");
    assertThatThrownBy(() -> drafts.attachment(OTHER_SCHOOL, id, biggest.id())).isInstanceOf(Refused.class)
        .extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.NOT_FOUND);
    for (int i = 2; i < Attachments.MAX_PER_VERSION; i++) {
      drafts.attach(SCHOOL, id, AttachmentKind.OVERIG, "stuk-" + i + ".pdf", pdf(100));
    }
    refused(id, pdf(100), "at most " + Attachments.MAX_PER_VERSION);
    assertThat(drafts.open(SCHOOL, id).attachments()).hasSize(Attachments.MAX_PER_VERSION);
  }

  private void refused(long draft, byte[] content, String why) {
    assertThatThrownBy(() -> drafts.attach(SCHOOL, draft, AttachmentKind.SAMENWERKINGSOVEREENKOMST, "overeenkomst.pdf", content))
        .isInstanceOf(Refused.class).hasMessageContaining(why)
        .extracting(e -> ((Refused) e).errors().get(0).path()).isEqualTo("attachment");
  }

  /** The kinds are stored by name, as every enum column is: a name that never changes keeps old rows readable. */
  @Test
  void theKindsOfDraftsAndAttachmentsAreStoredByTheirNames() throws Exception {
    long application = draft(SCHOOL, demo());
    long route = drafts.save(SCHOOL, null, null, DraftKind.ROUTE, new Drafts.Form(Json.MAPPER.createObjectNode().put("type", "route"),
        Json.MAPPER.createArrayNode(), Map.of()), false).id();
    assertThat(jdbc.sql("select kind from form_draft where id in (:a, :r) order by id").param("a", application).param("r", route)
        .query(String.class).list()).containsExactly("APPLICATION", "ROUTE");
    for (AttachmentKind kind : AttachmentKind.values()) {
      drafts.attach(SCHOOL, application, kind, kind.name() + ".pdf", pdf(10));
    }
    assertThat(jdbc.sql("select kind from attachment where draft_id = :d order by id").param("d", application).query(String.class).list())
        .containsExactly("SAMENWERKINGSOVEREENKOMST", "PROJECTPLAN", "OVERIG");
  }

  @Test
  void theFilenameOfADownloadIsTheNameWithoutFoldersOrControlCharacters() {
    assertThat(Attachments.filename("/tmp/a/b/Projectplan 2017.PDF")).isEqualTo("Projectplan 2017.PDF");
    assertThat(Attachments.filename("over\u0000een\r\nkomst")).isEqualTo("overeenkomst.pdf");
    assertThat(Attachments.filename("..")).isEqualTo("bijlage.pdf");
    assertThat(Attachments.filename(null)).isEqualTo("bijlage.pdf");
    assertThat(Attachments.filename("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
  }

  /** Submits the application, then the reviewer approves R1 and returns R2 with a question. */
  private ApplicationView submittedAndReturned(ObjectNode doc) {
    long id = draft(SCHOOL, doc);
    drafts.attach(SCHOOL, id, AttachmentKind.SAMENWERKINGSOVEREENKOMST, "overeenkomst.pdf", pdf(2000));
    ApplicationView v1 = drafts.submit(SCHOOL, id, drafts.open(SCHOOL, id).revision());
    assertThatThrownBy(() -> drafts.open(SCHOOL, id)).as("a submitted draft is gone").isInstanceOf(Refused.class);
    ApplicationRef ref = new ApplicationRef(v1.id(), "00AH");
    assertThat(dialogue.of(REVIEWER, ref, 1).attachments()).extracting(Drafts.AttachmentView::filename).containsExactly("overeenkomst.pdf");
    workflow.decide(REVIEWER, ref, new DecisionRequest("R1", DecisionOutcome.APPROVED, "De route voldoet.", List.of()));
    workflow.decide(REVIEWER, ref, new DecisionRequest("R2", DecisionOutcome.RETURNED,
        "Hoe wordt de beroepspraktijkvorming van 450 uur begeleid?", List.of()));
    return workflow.view(SCHOOL, ref);
  }

  @Test
  void anUnchangedApprovedRouteStaysApprovedAndTheAnswerAndAttachmentGoWithTheNewVersion() throws Exception {
    ApplicationView returned = submittedAndReturned(demo());
    assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
    ApplicationRef ref = new ApplicationRef(returned.id(), "00AH");

    long id = drafts.forNewVersion(SCHOOL, ref);
    assertThat(drafts.forNewVersion(COLLEAGUE, ref)).as("one draft per new version, whoever opens it").isEqualTo(id);
    DraftView draft = drafts.open(SCHOOL, id);
    assertThat(draft.versionOf()).isEqualTo(returned.id());
    assertThat(draft.questions()).extracting(Drafts.Question::routeId, Drafts.Question::asks)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", false), org.assertj.core.groups.Tuple.tuple("R2", true));
    assertThat(draft.questions().get(1).question()).isEqualTo("Hoe wordt de beroepspraktijkvorming van 450 uur begeleid?");

    // R2 changes, R1 does not
    ObjectNode changed = draft.document().deepCopy();
    changed.withObject("/routes/1/design/hours").put("workplacement", 500);
    drafts.save(SCHOOL, id, draft.revision(), DraftKind.APPLICATION,
        new Drafts.Form(changed, null, Map.of("R2", "De stagecoördinator begeleidt 500 uur; zie het projectplan.", "R1", "geen vraag")), true);
    drafts.attach(SCHOOL, id, AttachmentKind.PROJECTPLAN, "projectplan.pdf", pdf(3000));
    ApplicationView v2 = drafts.submit(SCHOOL, id, drafts.open(SCHOOL, id).revision());

    assertThat(v2.currentVersion()).isEqualTo(2);
    List<DecisionView> decisions = workflow.view(REVIEWER, ref).current().decisions();
    assertThat(decisions).extracting(DecisionView::routeId, DecisionView::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", DecisionOutcome.APPROVED));
    DecisionView kept = decisions.get(0);
    assertThat(kept.motivation()).contains("Goedgekeurd in versie 1").contains("De route voldoet.").contains("niet gewijzigd");
    assertThat(kept.receipt().path("version").asInt()).isEqualTo(2);
    assertThat(kept.receipt().path("carriedOver").path("fromVersion").asInt()).isEqualTo(1);
    assertThat(kept.decidedBy()).isEqualTo("beoordelaar");
    assertThat(workflow.view(REVIEWER, ref).status()).isEqualTo(ApplicationStatus.IN_REVIEW);

    var said = dialogue.of(REVIEWER, ref, 2);
    assertThat(said.answers()).extracting(Dialogue.Answer::routeId).containsExactly("R2");
    assertThat(said.answers().get(0).question()).isEqualTo("Hoe wordt de beroepspraktijkvorming van 450 uur begeleid?");
    assertThat(said.answers().get(0).answer()).isEqualTo("De stagecoördinator begeleidt 500 uur; zie het projectplan.");
    assertThat(said.answers().get(0).askedIn()).isEqualTo(1);
    assertThat(said.attachments()).extracting(Drafts.AttachmentView::filename).containsExactly("projectplan.pdf");
    long attachment = said.attachments().get(0).id();
    assertThat(dialogue.attachment(new Caller("auditor", Role.AUDITOR, Set.of()), ref, 2, attachment).content()).isEqualTo(pdf(3000));
    assertThatThrownBy(() -> dialogue.attachment(OTHER_SCHOOL, new ApplicationRef(ref.id(), null), 2, attachment))
        .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.NOT_FOUND);
    assertThatThrownBy(() -> dialogue.attachment(REVIEWER, ref, 1, attachment)).as("an attachment of another version")
        .isInstanceOf(Refused.class);
    assertThat(dialogue.all(REVIEWER, ref)).extracting(Dialogue.VersionDialogue::version).containsExactly(2, 1);

    List<AuditLog.Entry> history = workflow.history(REVIEWER, ref, 50);
    assertThat(history).filteredOn(e -> e.action() == AuditAction.APPROVAL_CARRIED_OVER).singleElement()
        .extracting(AuditLog.Entry::details).asString()
        .isEqualTo("Route R1 blijft goedgekeurd in versie 2: ongewijzigd sinds versie 1 (goedgekeurd in versie 1 door beoordelaar op "
            + kept.decidedOn() + ").");
    assertThat(history).filteredOn(e -> e.action() == AuditAction.VERSION_DIALOGUE).extracting(AuditLog.Entry::details)
        .satisfiesExactly(
            v2said -> assertThat(v2said).startsWith("Met versie 2 meegestuurd: antwoord op de vraag over route R2; bijlage projectplan.pdf"
                + " (projectplan, 3000 bytes, sha256 " + ApplicationWorkflow.sha256(pdf(3000)) + ")"),
            v1said -> assertThat(v1said).startsWith("Met versie 1 meegestuurd: bijlage overeenkomst.pdf"));
    assertThat(history).noneMatch(e -> e.action() == AuditAction.APPROVAL_NOT_CARRIED_OVER);

    // the reviewer approves R2 as well: every route decided, and R1 stays approved in version 3 only if still unchanged
    workflow.decide(REVIEWER, ref, new DecisionRequest("R2", DecisionOutcome.APPROVED, "Nu voldoende.", List.of()));
    assertThat(workflow.view(REVIEWER, ref).status()).isEqualTo(ApplicationStatus.DECIDED);
  }

  @Test
  void aChangedRouteIsDecidedAgainAndTheAuditSaysWhyInDutch() throws Exception {
    ApplicationView returned = submittedAndReturned(demo());
    ApplicationRef ref = new ApplicationRef(returned.id(), "00AH");
    ObjectNode changed = (ObjectNode) Json.MAPPER.readTree(workflow.document(SCHOOL, ref, 1));
    changed.withObject("/routes/0/design/hours").put("total", changed.at("/routes/0/design/hours/total").asInt() + 10);
    changed.withObject("/routes/1/design/hours").put("workplacement", 500);
    workflow.submitVersion(SCHOOL, ref, Json.MAPPER.writeValueAsBytes(changed), null);
    assertThat(workflow.view(REVIEWER, ref).current().decisions()).isEmpty();
    assertThat(workflow.view(REVIEWER, ref).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(workflow.history(REVIEWER, ref, 50)).filteredOn(e -> e.action() == AuditAction.APPROVAL_NOT_CARRIED_OVER).singleElement()
        .extracting(AuditLog.Entry::details).asString()
        .isEqualTo("Route R1 is gewijzigd sinds versie 1: de goedkeuring uit versie 1 geldt niet voor versie 2; de route wordt opnieuw beoordeeld.");
  }

  @Test
  void anUnchangedRouteWithANewViolationIsDecidedAgain() throws Exception {
    ApplicationView returned = submittedAndReturned(demo());
    ApplicationRef ref = new ApplicationRef(returned.id(), "00AH");
    ObjectNode changed = (ObjectNode) Json.MAPPER.readTree(workflow.document(SCHOOL, ref, 1));
    // the form as a whole changes (the institution did not sign), not route R1: a violation of every route the approval never overruled
    changed.withObject("/applicant/institution").put("signed", false);
    changed.withObject("/routes/1/design/hours").put("workplacement", 500);
    ApplicationView v2 = workflow.submitVersion(SCHOOL, ref, Json.MAPPER.writeValueAsBytes(changed), null);
    assertThat(v2.current().result().path("findings").toString()).contains("\"severity\":\"VIOLATION\"");
    assertThat(v2.current().decisions()).isEmpty();
    assertThat(workflow.history(REVIEWER, ref, 50)).filteredOn(e -> e.action() == AuditAction.APPROVAL_NOT_CARRIED_OVER).singleElement()
        .extracting(AuditLog.Entry::details).asString()
        .startsWith("Route R1 is ongewijzigd sinds versie 1, maar de goedkeuring blijft niet staan: versie 2 heeft een schending");
  }

  @Test
  void aRouteLeftOutOfTheNewVersionIsNotCarriedOver() throws Exception {
    ApplicationView returned = submittedAndReturned(demo());
    ApplicationRef ref = new ApplicationRef(returned.id(), "00AH");
    ObjectNode changed = (ObjectNode) Json.MAPPER.readTree(workflow.document(SCHOOL, ref, 1));
    ((tools.jackson.databind.node.ArrayNode) changed.get("routes")).remove(0);
    changed.withObject("/routes/0/design/hours").put("workplacement", 500);
    workflow.submitVersion(SCHOOL, ref, Json.MAPPER.writeValueAsBytes(changed), null);
    assertThat(workflow.view(REVIEWER, ref).current().decisions()).isEmpty();
    assertThat(workflow.history(REVIEWER, ref, 50)).filteredOn(e -> e.action() == AuditAction.APPROVAL_NOT_CARRIED_OVER).singleElement()
        .extracting(AuditLog.Entry::details).asString().isEqualTo("Route R1 (goedgekeurd in versie 1) staat niet meer in versie 2.");
  }

  @Test
  void aSubmissionTheWorkflowRefusesLeavesTheDraftAsItWas() throws Exception {
    ObjectNode doc = demo();
    doc.remove("asOf");
    long id = draft(SCHOOL, doc);
    drafts.attach(SCHOOL, id, AttachmentKind.PROJECTPLAN, "plan.pdf", pdf(500));
    int revision = drafts.open(SCHOOL, id).revision();
    assertThatThrownBy(() -> drafts.submit(SCHOOL, id, revision)).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> drafts.submit(SCHOOL, id, revision + 1)).isInstanceOf(Refused.class)
        .extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.CONFLICT);
    DraftView still = drafts.open(SCHOOL, id);
    assertThat(still.revision()).isEqualTo(revision);
    assertThat(still.attachments()).extracting(Drafts.AttachmentView::filename).containsExactly("plan.pdf");
  }
}
