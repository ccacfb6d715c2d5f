package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Dialogue;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A school's pages: its applications, the self-check form (fill in or upload, check, change and check
 * again, download, submit), the status of a submitted application with the reviewer's decisions, and
 * a new version of a returned one. Every check goes through the workflow's {@link Checks}, so the
 * page shows exactly what the rule set says.
 *
 * <p>Every press of a button of the form (but downloading) saves the form as a draft on the server
 * ({@link Drafts}) and answers with a redirect (303) to the draft's page, which shows the form and the
 * last check's result: POST-redirect-GET, so the Back button and a reload never send the form again,
 * and a closed window loses nothing. Submitting a form whose check shows violations first asks for
 * confirmation ({@link DraftPages}).
 */
@Controller
@RequestMapping("/school")
@PreAuthorize("hasRole('SCHOOL')")
class SchoolPages {
  private final Checks checks;
  private final LiveRuleSet live;
  private final ApplicationWorkflow workflow;
  private final ArticleTexts texts;
  private final MessageSource messages;
  private final Drafts drafts;
  private final Dialogue dialogue;

  /** An uploaded application is read whole into memory: no larger than the check API takes. */
  private final DataSize maxUpload;

  SchoolPages(Checks checks, LiveRuleSet live, ApplicationWorkflow workflow, ArticleTexts texts, MessageSource messages,
      Drafts drafts, Dialogue dialogue, @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
    this.drafts = drafts;
    this.dialogue = dialogue;
    this.maxUpload = maxUpload;
    this.checks = checks;
    this.live = live;
    this.workflow = workflow;
    this.texts = texts;
    this.messages = messages;
  }

  @GetMapping
  String home(Authentication auth, Model model) {
    model.addAttribute("applications", workflow.queue(Caller.of(auth), null, null, null, null, null));
    model.addAttribute("drafts", drafts.list(Caller.of(auth)));
    model.addAttribute("zone", timeZone());
    return "school/home";
  }

  /** An empty form for the school's own BRIN, with one route. */
  @GetMapping("/check")
  String newForm(Authentication auth, Model model, Locale locale) {
    Caller caller = Caller.of(auth);
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("type", "application");
    doc.putObject("applicant").putObject("school").put("brin", caller.brins().stream().sorted().findFirst().orElse(""));
    doc.putArray("routes").addObject().put("routeId", "R1");
    return form(doc, null, Map.of(), null, model, locale);
  }

  /**
   * The form's buttons: check, save, add or remove a route or an attachment, download, submit. All but
   * download save the form into its draft first and answer with a redirect to the draft's page.
   */
  @PostMapping("/check")
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Integer remove, @RequestParam(required = false) String versionOf,
      @RequestParam(defaultValue = "1") int routeCount, @RequestParam(required = false) Long draft,
      @RequestParam(required = false) Integer revision, @RequestParam(required = false) Long removeAttachment,
      @RequestParam(required = false) String attachmentKind, @RequestParam(required = false) MultipartFile attachment,
      Locale locale, RedirectAttributes redirect) throws java.io.IOException {
    int routes = Math.max(1, Math.min(routeCount, 20));
    ObjectNode doc = ApplicationForm.document(ApplicationForm.base(request.getParameter("base")), request.getParameterMap(), routes,
        timeZone());
    if ("download".equals(action) && remove == null && removeAttachment == null) {
      return download(doc);
    }
    String anchor = "";
    boolean check = false;
    if (remove != null && remove >= 0 && remove < routes && routes > 1) {
      ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).remove(remove.intValue());
    } else if (removeAttachment == null && "add-route".equals(action)) {
      ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).addObject().put("routeId", "R" + (routes + 1));
      anchor = "#route-" + routes;
    } else if (removeAttachment == null && !"save".equals(action)) {
      check = true; // check, submit, and the language switch, which sends the form along
    }
    Caller caller = Caller.of(auth);
    if (draft == null && versionOf != null && !versionOf.isBlank()) {
      // a new version's form without its draft (a page from before drafts): the draft of that new version
      draft = drafts.forNewVersion(caller, ApplicationRef.of(versionOf));
      revision = drafts.open(caller, draft).revision();
    }
    Drafts.Saved saved = drafts.save(caller, draft, revision, DraftKind.APPLICATION,
        new Drafts.Form(doc, null, DraftForms.answers(request.getParameterMap())), check);
    if (saved.copied()) {
      redirect.addFlashAttribute("draftCopied", true);
    }
    if (removeAttachment != null) {
      drafts.detach(caller, saved.id(), removeAttachment);
      anchor = "#attachments";
    }
    boolean attached = DraftForms.attach(drafts, caller, saved.id(), attachmentKind, attachment, messages, locale, redirect);
    if (!attached || (attachment != null && !attachment.isEmpty() && anchor.isEmpty() && !check)) {
      anchor = "#attachments";
    }
    // a refused attachment is not left behind silently: the form says why, and nothing is submitted without it
    if (attached && "submit".equals(action) && removeAttachment == null && remove == null) {
      return DraftForms.submitOrConfirm(drafts, caller, saved.id(), redirect);
    }
    return DraftForms.seeOther("/school/check/drafts/" + saved.id() + anchor);
  }

  /** A draft of the form, with the result of its last check: the page every button of the form leads to. */
  @GetMapping("/check/drafts/{id}")
  Object draft(Authentication auth, @PathVariable long id, Model model, Locale locale) {
    DraftView d = drafts.open(Caller.of(auth), id);
    if (d.kind() != DraftKind.APPLICATION) {
      return DraftForms.seeOther("/school/route/drafts/" + id);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    // an ERROR is the rule set's failure, not the form's: it shows with the result, not at the fields
    if (d.result() != null && !Verdict.ERROR.name().equals(d.result().path("verdict").asString())) {
      d.result().path("errors").forEach(e -> errors.putIfAbsent(e.path("path").isString() ? e.path("path").asString() : "",
          e.path("problem").asString()));
    }
    // a refused submission's own errors (BRIN, id) beside their fields
    if (model.getAttribute("submitErrors") instanceof Map<?, ?> refused) {
      refused.forEach((k, v) -> errors.put(String.valueOf(k), String.valueOf(v)));
    }
    DraftForms.describe(d, timeZone(), model);
    return form(d.document(), d.result(), errors, d.versionOf(), model, locale);
  }

  /** An application's JSON file (formats.md §1), read into the form and checked at once, as a new draft. */
  @PostMapping("/upload")
  RedirectView upload(Authentication auth, @RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect)
      throws java.io.IOException {
    if (file.getSize() > maxUpload.toBytes()) {
      redirect.addFlashAttribute("uploadError", messages.getMessage("upload.tooLarge", new Object[] {maxUpload.toKilobytes()}, locale));
      return DraftForms.seeOther("/school/check");
    }
    ObjectNode doc = FormDocuments.uploaded(file.getBytes(), "application");
    if (doc == null) {
      redirect.addFlashAttribute("uploadError", messages.getMessage("upload.notApplication", null, locale));
      return DraftForms.seeOther("/school/check");
    }
    Drafts.Saved saved = drafts.save(Caller.of(auth), null, null, DraftKind.APPLICATION, new Drafts.Form(doc, null, Map.of()), true);
    return DraftForms.seeOther("/school/check/drafts/" + saved.id());
  }

  private String form(ObjectNode doc, JsonNode result, Map<String, String> errors, String versionOf, Model model, Locale locale) {
    int routes = ApplicationForm.routeCount(doc);
    Map<String, List<String>> values = ApplicationForm.values(doc, timeZone());
    Set<String> fields = ApplicationForm.names(routes).collect(Collectors.toSet());
    model.addAttribute("form", FormView.of(values, errors, routes, messages, locale));
    model.addAttribute("routeCount", routes);
    model.addAttribute("base", doc.toString());
    model.addAttribute("versionOf", versionOf);
    model.addAttribute("unplaced", errors.entrySet().stream().filter(e -> !fields.contains(e.getKey()))
        .map(e -> new ResultView.ErrorView(e.getKey(), e.getValue(), null)).toList());
    model.addAttribute("errorCount", errors.size());
    model.addAttribute("langForm", "application-form");
    DraftForms.attachmentChoices(drafts, model);
    if (result != null) {
      model.addAttribute("result", ResultView.of(result, locale, texts, fields));
    }
    return "school/check";
  }

  /** The zone in which the form shows and takes a date and time: the rule set's, as the checker reads the instants in it. */
  private ZoneId timeZone() {
    return live.current().parameters().timeZone();
  }

  private static ResponseEntity<byte[]> download(ObjectNode doc) {
    String id = doc.path("id").asString("aanvraag").replaceAll("[^A-Za-z0-9._-]", "_");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".json").build().toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
  }

  @GetMapping("/applications/{id}")
  String application(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    ApplicationView view = workflow.view(Caller.of(auth), new ApplicationRef(id, school));
    model.addAttribute("app", view);
    model.addAttribute("result", ResultView.of(view.current().result(), locale, texts, Set.of()));
    model.addAttribute("decisions", view.current().decisions().stream()
        .collect(Collectors.toMap(d -> d.routeId(), d -> d, (a, b) -> a)));
    model.addAttribute("dialogue", dialogue.all(Caller.of(auth), new ApplicationRef(view.id(), view.schoolBrin())));
    model.addAttribute("dialogueZone", timeZone());
    return "school/application";
  }

  /**
   * The form filled with the returned version, to change and send as the next version: the school's
   * draft of it (made on the first visit, kept until it is submitted), with the reviewer's questions.
   */
  @GetMapping("/applications/{id}/new-version")
  RedirectView newVersion(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school) {
    return DraftForms.seeOther("/school/check/drafts/" + drafts.forNewVersion(Caller.of(auth), new ApplicationRef(id, school)));
  }
}
