package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Dialogue;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.model.InputError;
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
  private final ApplicationWorkflow workflow;
  private final MessageSource messages;
  private final Drafts drafts;
  private final Dialogue dialogue;
  private final ApplicationFormPage page;

  /** An uploaded application is read whole into memory: no larger than the check API takes. */
  private final DataSize maxUpload;

  SchoolPages(ApplicationWorkflow workflow, MessageSource messages, ApplicationFormPage page, Drafts drafts, Dialogue dialogue,
      @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
    this.drafts = drafts;
    this.dialogue = dialogue;
    this.maxUpload = maxUpload;
    this.page = page;
    this.workflow = workflow;
    this.messages = messages;
  }

  @GetMapping
  String home(Authentication auth, Model model) {
    model.addAttribute("applications", workflow.queue(Caller.of(auth), null, null, null, null, null));
    model.addAttribute("drafts", drafts.list(Caller.of(auth)));
    model.addAttribute("zone", page.zone());
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
    return page.render(model, caller, doc, List.of(), List.of(), null, null, null, locale);
  }

  /**
   * The form's buttons: check, save, show the lists for what is filled in, add or remove a route or an
   * attachment, download, submit. All but download save the form into its draft first (only check and
   * submit check it) and answer with a redirect to the draft's page.
   */
  @PostMapping("/check")
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Integer remove, @RequestParam(required = false) String versionOf,
      @RequestParam(defaultValue = "1") int routeCount, @RequestParam(required = false) Long draft,
      @RequestParam(required = false) Integer revision, @RequestParam(required = false) Long removeAttachment,
      @RequestParam(required = false) String attachmentKind, @RequestParam(required = false) MultipartFile attachment,
      Locale locale, RedirectAttributes redirect) throws java.io.IOException {
    int routes = Math.max(1, Math.min(routeCount, 20));
    Caller caller = Caller.of(auth);
    ApplicationForm.Built built = page.read(request, routes, caller);
    ObjectNode doc = built.document();
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
    } else if (removeAttachment == null && !"save".equals(action) && !"lists".equals(action)) {
      check = true; // check, submit, and the language switch, which sends the form along
    }
    if (draft == null && versionOf != null && !versionOf.isBlank()) {
      // a new version's form without its draft (a page from before drafts): the draft of that new version
      draft = drafts.forNewVersion(caller, ApplicationRef.of(versionOf));
      revision = drafts.open(caller, draft).revision();
    }
    Drafts.Saved saved = drafts.save(caller, draft, revision, DraftKind.APPLICATION,
        new Drafts.Form(doc, FormInput.toJson(built.problems()), DraftForms.answers(request.getParameterMap())), check);
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
      return DraftForms.submitOrConfirm(drafts, caller, saved.id(), messages, locale, redirect);
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
    Caller caller = Caller.of(auth);
    // a refused submission's own errors (BRIN, id) beside their fields
    List<InputError> refused = new ArrayList<>();
    if (model.getAttribute("submitErrors") instanceof Map<?, ?> errors) {
      errors.forEach((path, problem) -> refused.add(new InputError(null, null, String.valueOf(path), String.valueOf(problem))));
    }
    DraftForms.describe(d, page.zone(), model);
    DraftForms.attachmentChoices(drafts, model);
    OffsetDateTime moment = d.versionOf() != null ? page.moment(caller, d.versionOf()) : d.checkedAt();
    return page.render(model, caller, d.document(), FormInput.fromJson(d.problems()), refused, d.result(), moment, d.versionOf(), locale);
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
    Caller caller = Caller.of(auth);
    // read through the form, as if the school had typed it: "3.000", a domain by its name
    ApplicationForm.Built built = page.read(doc, caller);
    Drafts.Saved saved = drafts.save(caller, null, null, DraftKind.APPLICATION,
        new Drafts.Form(built.document(), FormInput.toJson(built.problems()), Map.of()), true);
    return DraftForms.seeOther("/school/check/drafts/" + saved.id());
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
    model.addAttribute("result", page.stored(view.current().result(), locale));
    model.addAttribute("decisions", view.current().decisions().stream()
        .collect(Collectors.toMap(d -> d.routeId(), d -> d, (a, b) -> a)));
    model.addAttribute("dialogue", dialogue.all(Caller.of(auth), new ApplicationRef(view.id(), view.schoolBrin())));
    model.addAttribute("dialogueZone", page.zone());
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
