package nl.routetoets.dusiworkflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import nl.routetoets.persistence.AttachmentKind;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.DialogueStore;
import nl.routetoets.persistence.DialogueStore.AnswerRow;
import nl.routetoets.persistence.DialogueStore.AttachmentRow;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.persistence.DraftStore;
import nl.routetoets.persistence.DraftStore.Content;
import nl.routetoets.persistence.DraftStore.DraftRow;
import nl.routetoets.persistence.DraftStore.DraftSummary;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school's drafts: every form it fills in is kept on the server, with what the last check said,
 * so that nothing typed is lost (a closed window, an expired session, a restart of the service) and
 * the check's result is a page to come back to. A draft belongs to a school: every account with that
 * school's BRIN sees it, no one else (another school's draft is "not found", as its applications are).
 * Each save is committed before it is answered (docs/durability.md). A draft of an application is
 * submitted from here, with the answers to the reviewer's questions and its attachments, which then
 * go with the version; the draft is gone once its submission is stored.
 */
@Service
public class Drafts {
  /** How many drafts a school keeps at most: a draft is a working copy, not an archive. */
  public static final int MAX_PER_SCHOOL = 200;

  public record AttachmentView(
      long id, AttachmentKind kind, String filename, long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    static AttachmentView of(AttachmentRow a) {
      return new AttachmentView(a.id(), a.kind(), a.filename(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt());
    }
  }

  /**
   * The reviewer's decision on a route of the returned version, as the new-version form shows it: the
   * motivation of a returned or rejected route is the question the school answers; an approved route
   * stays approved unless the school changes it.
   */
  public record Question(String routeId, int askedIn, DecisionOutcome outcome, String question, String decidedBy, OffsetDateTime decidedAt) {
    public boolean asks() {
      return outcome != DecisionOutcome.APPROVED;
    }
  }

  /** A draft to show: the form's document, what the form could not read, the last check's result, answers, attachments, questions. */
  public record DraftView(
      long id, String schoolBrin, DraftKind kind, String versionOf, String documentId, ObjectNode document, JsonNode problems,
      JsonNode result, Verdict verdict, Map<String, String> answers, int revision, String createdBy, OffsetDateTime createdAt,
      String updatedBy, OffsetDateTime updatedAt, OffsetDateTime checkedAt, List<AttachmentView> attachments, List<Question> questions) {
    /** The VIOLATION findings of the last check, of the application as a whole and of its routes. */
    public int violations() {
      if (result == null) {
        return 0;
      }
      int n = 0;
      for (JsonNode f : result.path("findings")) {
        n += ApplicationWorkflow.isViolation(f) ? 1 : 0;
      }
      for (JsonNode r : result.path("routes")) {
        for (JsonNode f : r.path("findings")) {
          n += ApplicationWorkflow.isViolation(f) ? 1 : 0;
        }
      }
      return n;
    }
  }

  /** A save: the draft it went to, and whether that is a new copy because another window saved the draft first. */
  public record Saved(long id, boolean copied) {}

  /** What a save writes: the document, what the form could not read (null: nothing), the answers typed. */
  public record Form(ObjectNode document, JsonNode problems, Map<String, String> answers) {}

  /** An attachment's bytes with the name it is offered under. */
  public record Download(String filename, byte[] content, String sha256) {}

  private final DraftStore drafts;
  private final DialogueStore dialogue;
  private final ApplicationStore applications;
  private final ApplicationWorkflow workflow;
  private final Checks checks;
  private final AuditLog audit;
  private final Clock clock;
  private final FormReceipt receipt;
  private final long maxAttachment;

  public Drafts(DraftStore drafts, DialogueStore dialogue, ApplicationStore applications, ApplicationWorkflow workflow, Checks checks,
      AuditLog audit, Clock clock, FormReceipt receipt, @Value("${routetoets.attachments.max-size:10MB}") DataSize maxAttachment) {
    this.receipt = receipt;
    this.drafts = drafts;
    this.dialogue = dialogue;
    this.applications = applications;
    this.workflow = workflow;
    this.checks = checks;
    this.audit = audit;
    this.clock = clock;
    this.maxAttachment = maxAttachment.toBytes();
  }

  /** The largest attachment taken, in bytes ({@code routetoets.attachments.max-size}). */
  public long maxAttachmentBytes() {
    return maxAttachment;
  }

  /** The drafts of the caller's schools, most recently saved first. */
  public List<DraftSummary> list(Caller caller) {
    return caller.is(Role.SCHOOL) ? drafts.list(caller.brins()) : List.of();
  }

  public DraftView open(Caller caller, long id) {
    return view(caller, visible(caller, id));
  }

  /**
   * Saves the form into draft {@code id} (null: a new draft of this kind), checked first when
   * {@code check}. A save against a revision another window has saved over goes into a new draft, so
   * neither window's work is lost. Committed before it returns.
   */
  public Saved save(Caller caller, Long id, Integer revision, DraftKind kind, Form form, boolean check) {
    DraftRow existing = id == null ? null : visible(caller, id);
    if (existing != null && existing.kind() != kind) {
      throw Refused.notFound("no draft " + id + " of this form");
    }
    // the check runs outside any transaction: it may take a while, and reads nothing of the draft
    JsonNode result = null;
    Verdict verdict = null;
    OffsetDateTime checkedAt = null;
    if (check) {
      Result r = check(caller, kind, existing == null ? null : versionOf(existing), form.document());
      result = Json.MAPPER.valueToTree(r);
      verdict = r.verdict();
      checkedAt = OffsetDateTime.now(clock);
    }
    Content content = new Content(documentId(form.document()), form.document(), form.problems(), result, verdict,
        Json.MAPPER.valueToTree(answers(form.answers())), checkedAt);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (existing != null) {
      if (revision != null && revision == existing.revision() && drafts.update(existing.id(), existing.revision(), content, caller.name(), now)) {
        return new Saved(existing.id(), false);
      }
      return new Saved(insert(caller, existing.schoolBrin(), kind, existing.versionOf(), content, now), true);
    }
    return new Saved(insert(caller, owner(caller, kind, form.document()), kind, null, content, now), false);
  }

  private long insert(Caller caller, String brin, DraftKind kind, String versionOf, Content content, OffsetDateTime now) {
    if (drafts.count(brin) >= MAX_PER_SCHOOL) {
      throw Refused.conflict("school " + brin + " has " + MAX_PER_SCHOOL + " drafts, the most it keeps: submit or delete some first");
    }
    return drafts.insert(brin, kind, versionOf, content, caller.name(), now);
  }

  /**
   * The school's draft of a new version of a returned application: the one it has, else a new one
   * holding the returned version's document, checked.
   */
  public long forNewVersion(Caller caller, ApplicationRef ref) {
    if (!caller.is(Role.SCHOOL)) {
      throw Refused.forbidden("only schools make new versions");
    }
    ApplicationView app = workflow.view(caller, ref);
    var existing = drafts.versionDraft(app.schoolBrin(), app.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (app.status() != ApplicationStatus.RETURNED) {
      throw Refused.conflict("only a RETURNED application takes a new version; this one is " + app.status());
    }
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(workflow.document(caller, ref, app.currentVersion()));
    // the moment of receipt is set again when the new version is received (FormReceipt)
    doc.remove(List.of("submittedAt", "submissionChannel"));
    Result r = check(caller, DraftKind.APPLICATION, new ApplicationRef(app.id(), app.schoolBrin()), doc);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Content content = new Content(documentId(doc), doc, null, Json.MAPPER.valueToTree(r), r.verdict(), Json.MAPPER.createObjectNode(), now);
    return insert(caller, app.schoolBrin(), DraftKind.APPLICATION, app.id(), content, now);
  }

  /** The check of a draft: an application as the service would receive it now ({@link FormReceipt}), a route as it is. */
  private Result check(Caller caller, DraftKind kind, ApplicationRef versionOf, ObjectNode doc) {
    ObjectNode checked = kind == DraftKind.APPLICATION ? receipt.received(doc, receipt.moment(caller, versionOf)) : doc;
    return checks.check(caller, Checks.read(Json.MAPPER.writeValueAsBytes(checked), false), null).get(0);
  }

  private static ApplicationRef versionOf(DraftRow d) {
    return d.versionOf() == null ? null : new ApplicationRef(d.versionOf(), d.schoolBrin());
  }

  @Transactional
  public void delete(Caller caller, long id) {
    DraftRow d = visible(caller, id);
    dialogue.deleteAllOfDraft(d.id());
    drafts.delete(d.id());
  }

  /** Stores a PDF with the draft of an application; refused (422 at {@code attachment}) when it is none or too large. */
  @Transactional
  public AttachmentView attach(Caller caller, long id, AttachmentKind kind, String filename, byte[] content) {
    DraftRow d = visible(caller, id);
    if (d.kind() != DraftKind.APPLICATION) {
      throw Refused.invalid("attachment", "only an application takes attachments");
    }
    if (kind == null) {
      throw Refused.invalid("attachment.kind", "say what the attachment is: " + java.util.Arrays.toString(AttachmentKind.values()));
    }
    Attachments.Problem problem = Attachments.problem(content, maxAttachment, dialogue.ofDraft(d.id()).size());
    if (problem != null) {
      throw Refused.invalid("attachment", switch (problem) {
        case EMPTY -> "the file is empty";
        case NOT_PDF -> "only PDF files are taken (the file does not begin with %PDF-)";
        case TOO_LARGE -> "the file is larger than " + maxAttachment + " bytes";
        case TOO_MANY -> "a version takes at most " + Attachments.MAX_PER_VERSION + " attachments";
      });
    }
    String name = Attachments.filename(filename);
    long aid = dialogue.insertAttachment(d.id(), kind, name, content, ApplicationWorkflow.sha256(content), caller.name(),
        OffsetDateTime.now(clock));
    return AttachmentView.of(dialogue.attachment(aid).orElseThrow());
  }

  @Transactional
  public void detach(Caller caller, long id, long attachmentId) {
    DraftRow d = visible(caller, id);
    dialogue.deleteFromDraft(d.id(), attachmentId);
  }

  /** An attachment of one of the caller's drafts. */
  public Download attachment(Caller caller, long id, long attachmentId) {
    DraftRow d = visible(caller, id);
    AttachmentRow a = dialogue.attachment(attachmentId).filter(r -> r.draftId() != null && r.draftId() == d.id())
        .orElseThrow(() -> Refused.notFound("draft " + id + " has no attachment " + attachmentId));
    return new Download(a.filename(), dialogue.content(a.id()), a.sha256());
  }

  /**
   * Submits the draft of an application as it was saved at {@code revision} (the revision the school
   * confirmed): a first submission, or the new version of the application it was made for, with the
   * answers to the reviewer's questions and the attachments. All of it in one transaction, and the
   * draft is removed in it; refused as the workflow refuses, and then the draft stays as it was.
   */
  @Transactional
  public ApplicationView submit(Caller caller, long id, int revision) {
    DraftRow d = visible(caller, id);
    if (d.kind() != DraftKind.APPLICATION) {
      throw Refused.invalid("kind", "only a draft of an application is submitted");
    }
    if (d.revision() != revision) {
      String stale = "the draft was saved again since (revision " + d.revision() + ", not " + revision + "): look at it again";
      throw new Refused(Refused.Kind.CONFLICT, stale, List.of(new InputError(null, null, "revision", stale)));
    }
    if (d.problems() != null && !d.problems().isEmpty()) {
      throw Refused.invalid("form", "the form has values it could not read: correct them first");
    }
    ObjectNode received = receipt.received((ObjectNode) d.document(), receipt.moment(caller, versionOf(d)));
    byte[] body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(received);
    List<Question> questions = questions(caller, d);
    ApplicationView view = d.versionOf() == null
        ? workflow.submit(caller, body, null)
        : workflow.submitVersion(caller, new ApplicationRef(d.versionOf(), d.schoolBrin()), body, null);
    ApplicationRow row = applications.find(view.schoolBrin(), view.id()).orElseThrow();
    VersionRow version = applications.version(row.id(), view.currentVersion()).orElseThrow();
    Map<String, String> answers = answers(d.answers());
    List<String> said = new ArrayList<>();
    for (Question q : questions) {
      String answer = answers.get(q.routeId());
      if (q.asks() && answer != null) {
        dialogue.insertAnswer(version.id(), new AnswerRow(q.routeId(), q.askedIn(), q.question(), answer));
        said.add("antwoord op de vraag over route " + q.routeId());
      }
    }
    for (AttachmentRow a : dialogue.ofDraft(d.id())) {
      said.add("bijlage " + a.filename() + " (" + a.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + a.size() + " bytes, sha256 "
          + a.sha256() + ")");
    }
    dialogue.moveToVersion(d.id(), version.id());
    if (!said.isEmpty()) {
      audit.append(caller.name(), AuditAction.VERSION_DIALOGUE, ApplicationWorkflow.objectId(row),
          "Met versie " + version.version() + " meegestuurd: " + String.join("; ", said) + ".");
    }
    drafts.delete(d.id());
    return view;
  }

  /** The decisions on the returned version a draft of a new version answers; none for a first submission. */
  private List<Question> questions(Caller caller, DraftRow d) {
    if (d.versionOf() == null) {
      return List.of();
    }
    ApplicationView app;
    try {
      app = workflow.view(caller, new ApplicationRef(d.versionOf(), d.schoolBrin()));
    } catch (Refused e) {
      return List.of(); // the application is no longer there for this account: nothing to answer
    }
    List<Question> out = new ArrayList<>();
    for (DecisionView dv : app.current().decisions()) {
      out.add(new Question(dv.routeId(), app.currentVersion(), dv.outcome(), dv.motivation(), dv.decidedBy(), dv.decidedAt()));
    }
    return out;
  }

  private DraftView view(Caller caller, DraftRow d) {
    return new DraftView(d.id(), d.schoolBrin(), d.kind(), d.versionOf(), d.documentId(), (ObjectNode) d.document(), d.problems(),
        d.result(), d.verdict(), answers(d.answers()), d.revision(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt(),
        d.checkedAt(), dialogue.ofDraft(d.id()).stream().map(AttachmentView::of).toList(), questions(caller, d));
  }

  /** The caller's school's draft; any other is "not found", as another school's application is. */
  private DraftRow visible(Caller caller, long id) {
    return drafts.find(id).filter(d -> caller.is(Role.SCHOOL) && caller.brins().contains(d.schoolBrin()))
        .orElseThrow(() -> Refused.notFound("no draft " + id));
  }

  /** The school a new draft belongs to: the form's own BRIN when it is one of the caller's, else the caller's first. */
  private static String owner(Caller caller, DraftKind kind, ObjectNode doc) {
    if (!caller.is(Role.SCHOOL) || caller.brins().isEmpty()) {
      throw Refused.forbidden("only a school's account keeps drafts");
    }
    JsonNode brin = kind == DraftKind.APPLICATION ? doc.at("/applicant/school/brin") : doc.at("/provider/school/brin");
    if (brin.isString() && caller.brins().contains(brin.asString())) {
      return brin.asString();
    }
    return caller.brins().stream().sorted().findFirst().orElseThrow();
  }

  private static String documentId(JsonNode doc) {
    JsonNode id = doc.path("id");
    if (!id.isString() || id.asString().isBlank()) {
      return null;
    }
    String s = id.asString().strip();
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  /** Answers as typed, without empty ones; from the form or as stored. */
  private static Map<String, String> answers(Map<String, String> given) {
    Map<String, String> out = new LinkedHashMap<>();
    if (given != null) {
      given.forEach((route, answer) -> {
        if (route != null && answer != null && !answer.isBlank()) {
          out.put(route, answer.strip());
        }
      });
    }
    return out;
  }

  private static Map<String, String> answers(JsonNode stored) {
    Map<String, String> out = new LinkedHashMap<>();
    if (stored != null && stored.isObject()) {
      stored.properties().forEach(e -> {
        if (e.getValue().isString() && !e.getValue().asString().isBlank()) {
          out.put(e.getKey(), e.getValue().asString());
        }
      });
    }
    return out;
  }
}
