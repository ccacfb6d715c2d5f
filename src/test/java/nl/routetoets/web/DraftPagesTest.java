package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school's drafts through MockMvc, as a browser without JavaScript posts the forms (HTTP Basic, so
 * no CSRF token; the browser journey posts with its token): every button answers 303 See Other with the
 * draft's page as Location (POST-redirect-GET), that page is the form with its last check; submitting
 * with violations asks first; attachments are PDFs, served only as downloads; the new version of a
 * returned application shows the reviewer's question, takes the answer and an attachment, and the
 * reviewer sees both.
 */
class DraftPagesTest extends PageTest {
  private static final String DRAFT_PAGE = "/school/check/drafts/\\d+";

  /** The application form's post (multipart, as the browser sends it) of this document and these other fields. */
  static MockMultipartHttpServletRequestBuilder form(ObjectNode doc, String action, String... fields) {
    MockMultipartHttpServletRequestBuilder post = multipart("/school/check");
    post.param("action", action).param("routeCount", Integer.toString(ApplicationForm.routeCount(doc))).param("base", doc.toString());
    Map<String, List<String>> values = ApplicationForm.values(doc, TestRuleSet.get().parameters().timeZone());
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], List.of(fields[i + 1]));
    }
    values.forEach((name, v) -> post.param(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return post;
  }

  /** The form as the draft's page shows it, posted again with this action: its hidden draft, revision and base, and every field. */
  static MockMultipartHttpServletRequestBuilder again(Document page, String action, String... changes) {
    MockMultipartHttpServletRequestBuilder post = multipart("/school/check");
    var form = page.select("#application-form").first();
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    form.select("input[type=hidden], input[type=text], input[type=date], input[type=datetime-local], textarea").forEach(
        e -> values.computeIfAbsent(e.attr("name"), k -> new java.util.ArrayList<>()).add(e.is("textarea") ? e.text() : e.val()));
    // a select sends its selected option, or else (as a browser does) its first
    form.select("select").forEach(s -> values.computeIfAbsent(s.attr("name"), k -> new java.util.ArrayList<>())
        .add(s.select("option[selected]").isEmpty() ? s.select("option").first().val() : s.select("option[selected]").val()));
    form.select("input[type=checkbox][checked]").forEach(e -> values.computeIfAbsent(e.attr("name"), k -> new java.util.ArrayList<>())
        .add(e.val()));
    for (int i = 0; i < changes.length; i += 2) {
      values.put(changes[i], List.of(changes[i + 1]));
    }
    values.remove("");
    values.forEach((name, v) -> post.param(name, v.toArray(String[]::new)));
    return post.param("action", action);
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  private MvcResult perform(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn();
  }

  private static String location(MvcResult r) {
    assertThat(r.getResponse().getStatus()).as("POST-redirect-GET").isEqualTo(303);
    return r.getResponse().getHeader("Location");
  }

  @Test
  void aCheckedFormAnswers303AndItsResultIsAPageToComeBackTo() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String draft = location(perform(form(doc, "check").with(as("web-baanderheren"))));
    assertThat(draft).matches(DRAFT_PAGE);

    // the page is a GET: reloading it (or coming Back to it) shows the same, sends nothing, makes no new draft
    Document first = page(get(draft).with(as("web-baanderheren")));
    first.select("input[name=_csrf]").remove(); // a token of its own on every page
    int drafts = page(get("/school/drafts").with(as("web-baanderheren"))).select("table.drafts tbody tr").size();
    Document again = page(get(draft).with(as("web-baanderheren")));
    again.select("input[name=_csrf]").remove();
    assertThat(again.select("main").outerHtml()).isEqualTo(first.select("main").outerHtml());
    assertThat(page(get("/school/drafts").with(as("web-baanderheren"))).select("table.drafts tbody tr")).hasSize(drafts);
    assertThat(first.select("#result-R1 .finding.VIOLATION").text()).contains("N-DUR-1");
    assertThat(first.select("#f-routes-0-design-years").val()).isEqualTo("3");
    assertThat(first.select("#application-form input[name=draft]").val()).isEqualTo(draft.substring(draft.lastIndexOf('/') + 1));
    assertThat(first.select("#application-form input[name=revision]").val()).isEqualTo("1");
    assertThat(first.select("#draft-status").text()).startsWith("Gecontroleerd en opgeslagen als concept op").contains("web-baanderheren");
    assertThat(first.select("#application-form").attr("enctype")).isEqualTo("multipart/form-data");

    // the school's start page and the list of drafts lead back to it
    Document home = page(get("/school").with(as("web-baanderheren")));
    assertThat(home.select("#drafts a[href=" + draft + "]").text()).isEqualTo(doc.get("id").asString());
    assertThat(page(get("/school/drafts").with(as("web-baanderheren"))).select("a[href=" + draft + "]")).hasSize(1);
    // another school: not found, and not listed
    mvc.perform(get(draft).with(as("web-citadel"))).andExpect(status().isNotFound());
    assertThat(page(get("/school/drafts").with(as("web-citadel"))).select("a[href=" + draft + "]")).isEmpty();

    // fixed on the page and checked again: the same draft, the next revision
    String fixed = location(perform(again(first, "check", "routes[0].design.years", "4").with(as("web-baanderheren"))));
    assertThat(fixed).isEqualTo(draft);
    Document checked = page(get(fixed).with(as("web-baanderheren")));
    assertThat(checked.select(".finding:contains(N-DUR-1)")).isEmpty();
    assertThat(checked.select("#application-form input[name=revision]").val()).isEqualTo("2");

    // saved without a check: the values stay, no result is shown for them
    String saved = location(perform(again(checked, "save", "routes[0].design.years", "5").with(as("web-baanderheren"))));
    Document savedPage = page(get(saved).with(as("web-baanderheren")));
    assertThat(savedPage.select("#outcome")).isEmpty();
    assertThat(savedPage.select("#f-routes-0-design-years").val()).isEqualTo("5");
    assertThat(savedPage.select("#draft-status").text()).startsWith("Opgeslagen als concept op");

    // a route added: the page opens at it
    String added = location(perform(again(savedPage, "add-route").with(as("web-baanderheren"))));
    assertThat(added).isEqualTo(draft + "#route-1");
    assertThat(page(get(draft).with(as("web-baanderheren"))).select("#f-routes-1-routeId").val()).isEqualTo("R2");

    // an upload is a new draft, checked
    String uploaded = location(perform(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json").toString().getBytes(StandardCharsets.UTF_8))).with(as("web-baanderheren"))));
    assertThat(uploaded).matches(DRAFT_PAGE).isNotEqualTo(draft);
    // an upload refused: back on the empty form, the reason at the file field
    String refused = location(perform(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        "{ not json".getBytes(StandardCharsets.UTF_8))).with(as("web-baanderheren"))));
    assertThat(refused).isEqualTo("/school/check");
  }

  @Test
  void aStaleWindowSavesIntoACopyAndSaysSo() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String draft = location(perform(form(doc, "save").with(as("web-baanderheren"))));
    Document window = page(get(draft).with(as("web-baanderheren")));
    location(perform(again(window, "save", "routes[0].design.years", "4").with(as("web-baanderheren"))));
    MvcResult stale = perform(again(window, "save", "routes[0].design.years", "5").with(as("web-baanderheren")));
    assertThat(location(stale)).matches(DRAFT_PAGE).isNotEqualTo(draft);
    Document copy = page(followed(stale));
    assertThat(copy.select("[role=alert]").text()).contains("in een ander venster opgeslagen");
    assertThat(copy.select("#f-routes-0-design-years").val()).isEqualTo("5");
    assertThat(page(get(draft).with(as("web-baanderheren"))).select("#f-routes-0-design-years").val()).isEqualTo("4");
  }

  @Test
  void submittingWithViolationsAsksForConfirmationFirst() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = doc.get("id").asString();
    String confirm = location(perform(form(doc, "submit").with(as("web-baanderheren"))));
    assertThat(confirm).matches(DRAFT_PAGE + "/confirm");
    String draft = confirm.substring(0, confirm.length() - "/confirm".length());
    mvc.perform(get("/school/applications/{id}", id).with(as("web-baanderheren"))).andExpect(status().isNotFound());

    Document asked = page(get(confirm).with(as("web-baanderheren")));
    assertThat(asked.select("h1").text()).isEqualTo("Indienen met schendingen?");
    // three years where art. 6 asks four, and (received now, in the round of 2017) too late for 2016
    assertThat(asked.select("[role=alert]").text()).contains("De controle vond 2 schendingen.");
    assertThat(asked.select("tbody tr").text()).contains("Route R1").contains("N-DUR-1");
    assertThat(asked.select("tbody a").eachAttr("href")).contains(draft + "#f-routes-0-design-years");
    assertThat(asked.select("a.btn[href=" + draft + "]").text()).isEqualTo("Terug naar het formulier");
    assertThat(asked.select("#confirm-form").attr("action")).isEqualTo(draft + "/submit");
    String revision = asked.select("#confirm-form input[name=revision]").val();

    // the draft changed since the question was asked: not submitted, said on the form
    MvcResult stale = perform(post(draft + "/submit").param("revision", "99").with(as("web-baanderheren")));
    assertThat(location(stale)).isEqualTo(draft);
    assertThat(page(followed(stale)).select("[role=alert]").text()).contains("Indienen is niet gelukt").contains("opnieuw opgeslagen");
    mvc.perform(get("/school/applications/{id}", id).with(as("web-baanderheren"))).andExpect(status().isNotFound());

    // confirmed: submitted as it was when asked, and the draft is gone
    String submitted = location(perform(post(draft + "/submit").param("revision", revision).with(as("web-baanderheren"))));
    assertThat(submitted).isEqualTo("/school/applications/" + id + "?school=04XU");
    mvc.perform(get(draft).with(as("web-baanderheren"))).andExpect(status().isNotFound());
    assertThat(page(get("/school/applications/{id}", id).with(as("web-baanderheren"))).select(".badge.SUBMITTED")).isNotEmpty();

    // without violations "Indienen" submits at once
    ObjectNode compliant = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    compliant.withObject("/applicant/school").put("brin", "30AU");
    assertThat(location(perform(form(compliant, "submit").with(as("web-citadel")))))
        .isEqualTo("/school/applications/" + compliant.get("id").asString() + "?school=30AU");
    // nor a confirmation of another school's draft
    mvc.perform(get(confirm).with(as("web-citadel"))).andExpect(status().isNotFound());
  }

  @Test
  void theRouteFormFollowsPostRedirectGetAndKeepsWhatItCouldNotRead() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    doc.withObject("/provider/school").put("brin", "30AU");
    String draft = location(perform(RoutePlanPagesTest.routePost(doc, "check", "design.hours.total", "4.0.0").with(as("web-citadel"))));
    assertThat(draft).matches("/school/route/drafts/\\d+");
    Document page = page(get(draft).with(as("web-citadel")));
    assertThat(page.select("#f-design-hours-total").val()).isEqualTo("4.0.0");
    assertThat(page.select("#f-design-hours-total-err").text()).contains("geen geheel getal");
    assertThat(page.select("#outcome")).hasSize(1);
    assertThat(page.select("#route-form input[name=draft]").val()).isEqualTo(draft.substring(draft.lastIndexOf('/') + 1));
    // the draft is listed as a plan, and opened as one
    assertThat(page(get("/school/drafts").with(as("web-citadel"))).select("tr:has(a[href=" + draft + "])").text())
        .contains("Plan van een route onder de wet");
    assertThat(location(perform(get(draft.replace("/route/", "/check/")).with(as("web-citadel"))))).isEqualTo(draft);
    String uploaded = location(perform(multipart("/school/route/upload").file(new MockMultipartFile("file", "r.json", "application/json",
        RouteFormTest.example().toString().getBytes(StandardCharsets.UTF_8))).with(as("web-citadel"))));
    assertThat(uploaded).matches("/school/route/drafts/\\d+");
    // download stays a download: no draft, no redirect
    MockHttpServletResponse download = perform(RoutePlanPagesTest.routePost(doc, "download").with(as("web-citadel"))).getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
  }

  @Test
  void anAttachmentIsAPdfAndIsServedOnlyAsADownload() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String html = "<html><script>alert(document.cookie)</script></html>";
    MvcResult notPdf = perform(form(doc, "save").file(new MockMultipartFile("attachment", "projectplan.pdf", "application/pdf",
        html.getBytes(StandardCharsets.UTF_8))).param("attachmentKind", "PROJECTPLAN").with(as("web-baanderheren")));
    String draft = location(notPdf);
    assertThat(draft).matches(DRAFT_PAGE + "#attachments");
    Document refused = page(followed(notPdf));
    assertThat(refused.select(".field.has-error #attachment")).hasSize(1);
    assertThat(refused.select("#attachment-err").text()).isEqualTo("projectplan.pdf: Dit bestand is geen PDF. Alleen PDF-bestanden worden"
        + " aangenomen; sla het stuk op als PDF en voeg het opnieuw toe.");
    assertThat(refused.select("#attachment").attr("aria-describedby")).contains("attachment-err");
    assertThat(refused.select("#attachment-kind option[selected]").val()).isEqualTo("PROJECTPLAN");
    assertThat(refused.select("#attachments tbody tr")).isEmpty();

    // the other buttons take the file along too: here "Controleren"
    MvcResult stored = perform(again(refused, "check", "attachmentKind", "SAMENWERKINGSOVEREENKOMST")
        .file(new MockMultipartFile("attachment", "Samenwerking 2016.pdf", "application/pdf", pdf())).with(as("web-baanderheren")));
    Document page = page(followed(stored));
    assertThat(page.select("[role=status]").text()).contains("Bijlage Samenwerking 2016.pdf is opgeslagen");
    var row = page.select("#attachments tbody tr").first();
    assertThat(row.text()).contains("Samenwerkingsovereenkomst").contains("Samenwerking 2016.pdf").contains("1 kB");
    String link = row.select("a").attr("href");
    assertThat(link).matches("/school/drafts/\\d+/attachments/\\d+");

    MockHttpServletResponse download = perform(get(link).with(as("web-baanderheren"))).getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentAsByteArray()).isEqualTo(pdf());
    assertDownloadOnly(download, "Samenwerking 2016.pdf");
    mvc.perform(get(link).with(as("web-citadel"))).andExpect(status().isNotFound());

    // "Indienen" with a file that is refused: nothing is submitted without it
    ObjectNode compliant = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    compliant.withObject("/applicant/school").put("brin", "30AU");
    MvcResult withBadFile = perform(form(compliant, "submit").file(new MockMultipartFile("attachment", "plan.pdf", "application/pdf",
        html.getBytes(StandardCharsets.UTF_8))).param("attachmentKind", "PROJECTPLAN").with(as("web-citadel")));
    assertThat(location(withBadFile)).matches(DRAFT_PAGE + "#attachments");
    assertThat(page(followed(withBadFile)).select("#attachment-err").text()).contains("geen PDF");
    mvc.perform(get("/school/applications/{id}", compliant.get("id").asString()).with(as("web-citadel"))).andExpect(status().isNotFound());

    // removed again with its button
    Document removed = page(again(page, "save").param("removeAttachment", row.select("button[name=removeAttachment]").val())
        .with(as("web-baanderheren")));
    assertThat(removed.select("#attachments tbody tr")).isEmpty();
    mvc.perform(get(link).with(as("web-baanderheren"))).andExpect(status().isNotFound());
  }

  /** What makes a response a download and nothing else. */
  static void assertDownloadOnly(MockHttpServletResponse download, String filename) {
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains(
        "filename*=UTF-8''" + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(download.getContentType()).isEqualTo("application/octet-stream");
    assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
    assertThat(download.getHeader("Cache-Control")).contains("no-store");
  }

  @Test
  void theNewVersionShowsTheQuestionTakesTheAnswerAndAnAttachmentAndTheReviewerSeesBoth() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    doc.withObject("/applicant/school").put("brin", "04XU");
    String id = doc.get("id").asString();
    assertThat(location(perform(form(doc, "submit").with(as("web-baanderheren"))))).startsWith("/school/applications/" + id);
    String question = "Beschrijf hoe de beroepspraktijkvorming van 450 uur wordt begeleid.\nEn wie dat doet.";
    mvc.perform(post("/review/applications/{id}/decisions", id).param("school", "04XU").param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "De route voldoet.").with(as("web-reviewer"))).andExpect(status().is3xxRedirection());
    mvc.perform(post("/review/applications/{id}/decisions", id).param("school", "04XU").param("routeId", "R2").param("outcome", "RETURNED")
        .param("motivation", question).with(as("web-reviewer"))).andExpect(status().is3xxRedirection());

    String draft = location(perform(get("/school/applications/{id}/new-version", id).param("school", "04XU").with(as("web-baanderheren"))));
    assertThat(draft).matches(DRAFT_PAGE);
    Document form = page(get(draft).with(as("web-baanderheren")));
    assertThat(form.select("h1").text()).isEqualTo("Nieuwe versie van " + id);
    assertThat(form.select("#questions blockquote.question").text()).isEqualTo(question.replace("\n", " "));
    assertThat(form.select("#questions label[for=answer-1]").text()).isEqualTo("Uw antwoord over route R2");
    assertThat(form.select("#questions textarea[name=answer.R2]")).hasSize(1);
    assertThat(form.select("#questions textarea[name=answer.R1]")).isEmpty();
    assertThat(form.select("#questions .notice.ok").text()).contains("Route R1 is goedgekeurd in versie 1");
    // the same draft on the next visit
    assertThat(location(perform(get("/school/applications/{id}/new-version", id).param("school", "04XU").with(as("web-baanderheren")))))
        .isEqualTo(draft);

    String answer = "De stagecoördinator van het mbo begeleidt de 500 uur; zie het projectplan, hoofdstuk 3.";
    String submitted = location(perform(again(form, "submit", "routes[1].design.hours.workplacement", "500", "answer.R2", answer,
            "attachmentKind", "PROJECTPLAN")
        .file(new MockMultipartFile("attachment", "projectplan.pdf", "application/pdf", pdf())).with(as("web-baanderheren"))));
    assertThat(submitted).isEqualTo("/school/applications/" + id + "?school=04XU");

    // the reviewer: the answer beside the question, the attachment to download, R1 still approved, the audit in Dutch
    Document review = page(get("/review/applications/{id}", id).param("school", "04XU").with(as("web-reviewer")));
    assertThat(review.select("#dialogue #answer-2-R2 blockquote.question").text()).isEqualTo(question.replace("\n", " "));
    assertThat(review.select("#dialogue #answer-2-R2 blockquote.reply").text()).isEqualTo(answer);
    String link = review.select("#dialogue a[href*=/attachments/]").attr("href");
    assertThat(link).startsWith("/applications/" + id + "/versions/2/attachments/").endsWith("?school=04XU");
    assertThat(review.select("#route-R1 .badge.APPROVED")).isNotEmpty();
    assertThat(review.select("#decide-R1")).isEmpty();
    assertThat(review.select("#decide-R2")).hasSize(1);
    assertThat(review.select("table").last().text()).contains("Route R1 blijft goedgekeurd in versie 2: ongewijzigd sinds versie 1");

    for (String reader : List.of("web-reviewer", "web-auditor", "web-baanderheren")) {
      MockHttpServletResponse download = perform(get(link).with(as(reader))).getResponse();
      assertThat(download.getStatus()).as(reader).isEqualTo(200);
      assertThat(download.getContentAsByteArray()).isEqualTo(pdf());
      assertDownloadOnly(download, "projectplan.pdf");
    }
    mvc.perform(get(link).with(as("web-citadel"))).andExpect(status().isNotFound());
    // the school sees what it sent with the version
    Document school = page(get("/school/applications/{id}", id).param("school", "04XU").with(as("web-baanderheren")));
    assertThat(school.select("#dialogue blockquote.reply").text()).isEqualTo(answer);

    // and so does the API, beside the document (which is exactly what the form sent, without answer or attachment)
    JsonNode said = Json.MAPPER.readTree(perform(get("/api/v1/applications/{id}/versions/2/dialogue", id).param("school", "04XU")
        .with(as("web-auditor"))).getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(said.at("/answers/0/routeId").asString()).isEqualTo("R2");
    assertThat(said.at("/answers/0/question").asString()).isEqualTo(question);
    assertThat(said.at("/answers/0/answer").asString()).isEqualTo(answer);
    assertThat(said.at("/attachments/0/filename").asString()).isEqualTo("projectplan.pdf");
    assertThat(said.at("/attachments/0/kind").asString()).isEqualTo("PROJECTPLAN");
    MockHttpServletResponse api = perform(get("/api/v1/applications/{id}/versions/2/attachments/{a}", id, said.at("/attachments/0/id").asLong())
        .param("school", "04XU").with(as("web-reviewer"))).getResponse();
    assertThat(api.getContentAsByteArray()).isEqualTo(pdf());
    assertDownloadOnly(api, "projectplan.pdf");
    mvc.perform(get("/api/v1/applications/{id}/versions/2/dialogue", id).with(as("web-citadel"))).andExpect(status().isNotFound());
    String document = perform(get("/api/v1/applications/{id}/versions/2/document", id).param("school", "04XU").with(as("web-reviewer")))
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(document).doesNotContain(answer).doesNotContain("projectplan.pdf");
    assertThat(Json.MAPPER.readTree(document).at("/routes/1/design/hours/workplacement").asInt()).isEqualTo(500);
  }

  @Test
  void aDraftIsDeletedFromTheListAndOnlyByItsSchool() throws Exception {
    String draft = location(perform(form(demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json"), "save").with(as("web-baanderheren"))));
    String id = draft.substring(draft.lastIndexOf('/') + 1);
    mvc.perform(post("/school/drafts/{id}/delete", id).with(as("web-citadel"))).andExpect(status().isNotFound());
    Document list = page(post("/school/drafts/{id}/delete", id).with(as("web-baanderheren")));
    assertThat(list.select("h1").text()).isEqualTo("Concepten");
    assertThat(list.select("[role=status]").text()).contains("is verwijderd");
    assertThat(list.select("a[href=" + draft + "]")).isEmpty();
    mvc.perform(get(draft).with(as("web-baanderheren"))).andExpect(status().isNotFound());
  }

  @Test
  void theNewPagesHaveTheirTextsInBothLanguages() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String confirm = location(perform(form(doc, "submit").with(as("web-baanderheren"))));
    String draft = confirm.replace("/confirm", "");
    for (String lang : List.of("nl", "en")) {
      for (String path : List.of("/school/drafts", draft, confirm, "/school")) {
        Document page = page(get(path).param("lang", lang).with(as("web-baanderheren")));
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo(lang);
        assertThat(page.select("h1").text()).as(path).isNotBlank();
      }
    }
    Document en = page(get(confirm).param("lang", "en").with(as("web-baanderheren")));
    assertThat(en.select("h1").text()).isEqualTo("Submit with violations?");
  }

  @Test
  void theOpenApiDocumentDescribesTheDialogueAndTheAttachmentDownload() throws Exception {
    JsonNode api = Json.MAPPER.readTree(perform(get("/v3/api-docs")).getResponse().getContentAsString(StandardCharsets.UTF_8));
    JsonNode paths = api.path("paths");
    assertThat(paths.path("/api/v1/applications/{id}/versions/{version}/dialogue").path("get").path("summary").asString())
        .contains("answers");
    JsonNode download = paths.path("/api/v1/applications/{id}/versions/{version}/attachments/{attachment}").path("get");
    assertThat(download.at("/responses/200/content/application~1octet-stream/schema/format").asString()).isEqualTo("binary");
    assertThat(download.at("/responses/200/headers").has("Content-Disposition")).isTrue();
    assertThat(Arrays.asList(paths.propertyNames().toArray())).noneMatch(p -> p.toString().startsWith("/school"));
  }
}
