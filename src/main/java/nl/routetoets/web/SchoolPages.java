package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.model.Result;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A school's pages: its applications, the self-check form (fill in or upload, check, change and check
 * again, download, submit), the status of a submitted application with the reviewer's decisions, and
 * a new version of a returned one. Every check goes through the workflow's {@link Checks}, so the
 * page shows exactly what the rule set says.
 */
@Controller
@RequestMapping("/school")
@PreAuthorize("hasRole('SCHOOL')")
class SchoolPages {
  private final ApplicationWorkflow workflow;
  private final MessageSource messages;
  private final ApplicationFormPage page;

  /** An uploaded application is read whole into memory: no larger than the check API takes. */
  private final DataSize maxUpload;

  SchoolPages(ApplicationWorkflow workflow, MessageSource messages, ApplicationFormPage page,
      @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
    this.maxUpload = maxUpload;
    this.page = page;
    this.workflow = workflow;
    this.messages = messages;
  }

  @GetMapping
  String home(Authentication auth, Model model) {
    model.addAttribute("applications", workflow.queue(Caller.of(auth), null, null, null, null, null));
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

  /** The form's buttons: check, show the lists for what is filled in, add or remove a route, download, submit. */
  @PostMapping("/check")
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Integer remove, @RequestParam(required = false) String versionOf,
      @RequestParam(defaultValue = "1") int routeCount, Model model, Locale locale, RedirectAttributes redirect) {
    int routes = Math.max(1, Math.min(routeCount, 20));
    Caller caller = Caller.of(auth);
    ApplicationForm.Built built = page.read(request, routes, caller);
    ObjectNode doc = built.document();
    if (remove != null && remove >= 0 && remove < routes && routes > 1) {
      ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).remove(remove.intValue());
      return page.render(model, caller, doc, List.of(), List.of(), null, null, versionOf, locale);
    }
    return switch (action) {
      case "add-route" -> {
        ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).addObject().put("routeId", "R" + (routes + 1));
        yield page.render(model, caller, doc, built.problems(), List.of(), null, null, versionOf, locale);
      }
      // the lists of the form (the qualifications of a level and domain) follow what is filled in, without JavaScript
      case "lists" -> page.render(model, caller, doc, built.problems(), List.of(), null, null, versionOf, locale);
      case "download" -> download(doc);
      case "submit" -> submit(caller, built, versionOf, model, locale, redirect);
      default -> check(caller, doc, built.problems(), versionOf, model, locale);
    };
  }

  /** An application's JSON file (formats.md §1), read into the form and checked at once. */
  @PostMapping("/upload")
  String upload(Authentication auth, @RequestParam("file") MultipartFile file, Model model, Locale locale) throws java.io.IOException {
    if (file.getSize() > maxUpload.toBytes()) {
      model.addAttribute("uploadError", messages.getMessage("upload.tooLarge", new Object[] {maxUpload.toKilobytes()}, locale));
      return newForm(auth, model, locale);
    }
    ObjectNode doc = FormDocuments.uploaded(file.getBytes(), "application");
    if (doc == null) {
      model.addAttribute("uploadError", messages.getMessage("upload.notApplication", null, locale));
      return newForm(auth, model, locale);
    }
    ApplicationForm.Built built = page.read(doc, Caller.of(auth));
    return check(Caller.of(auth), built.document(), built.problems(), null, model, locale);
  }

  /** The form checked as if it were submitted now (or, for a new version, when the application was first received). */
  private String check(Caller caller, ObjectNode doc, List<FormInput.Problem> problems, String versionOf, Model model, Locale locale) {
    OffsetDateTime moment = page.moment(caller, versionOf);
    Result result = page.check(caller, doc, moment);
    return page.render(model, caller, doc, problems, List.of(), result, moment, versionOf, locale);
  }

  private static ResponseEntity<byte[]> download(ObjectNode doc) {
    String id = doc.path("id").asString("aanvraag").replaceAll("[^A-Za-z0-9._-]", "_");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".json").build().toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
  }

  /**
   * Submits the form as the service receives it now: refused while the form has problems of its own (all
   * shown at once), and a refusal of the workflow is said in the page's language beside the fields it names.
   */
  private String submit(Caller caller, ApplicationForm.Built built, String versionOf, Model model, Locale locale,
      RedirectAttributes redirect) {
    ObjectNode doc = built.document();
    if (!built.problems().isEmpty()) {
      model.addAttribute("submitError", messages.getMessage("check.refused.form", null, locale));
      return check(caller, doc, built.problems(), versionOf, model, locale);
    }
    OffsetDateTime moment = page.moment(caller, versionOf);
    byte[] body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(page.received(doc, moment));
    ApplicationView view;
    try {
      view = versionOf == null || versionOf.isBlank()
          ? workflow.submit(caller, body, null)
          : workflow.submitVersion(caller, ApplicationRef.of(versionOf), body, null);
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND) {
        throw e;
      }
      model.addAttribute("submitError", refusal(e, caller, doc, versionOf, locale));
      // the refusal's own errors (BRIN, id) beside their fields, with the check of the form
      return page.render(model, caller, doc, List.of(), e.errors(), page.check(caller, doc, moment), moment, versionOf, locale);
    }
    redirect.addFlashAttribute("submitted", view.currentVersion());
    return "redirect:/school/applications/" + view.id() + "?school=" + view.schoolBrin();
  }

  /** Why the workflow refused, in the page's language (its own detail is English, for the API). */
  private String refusal(Refused e, Caller caller, ObjectNode doc, String versionOf, Locale locale) {
    String brin = doc.path("applicant").path("school").path("brin").asString("");
    return switch (e.kind()) {
      case FORBIDDEN -> messages.getMessage("check.refused.forbidden",
          new Object[] {String.join(", ", caller.brins().stream().sorted().toList()), brin}, locale);
      case CONFLICT -> versionOf == null || versionOf.isBlank()
          ? messages.getMessage("check.refused.exists", new Object[] {doc.path("id").asString("")}, locale)
          : messages.getMessage("check.refused.notReturned", null, locale);
      default -> messages.getMessage("check.refused.invalid", null, locale);
    };
  }

  @GetMapping("/applications/{id}")
  String application(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    ApplicationView view = workflow.view(Caller.of(auth), new ApplicationRef(id, school));
    model.addAttribute("app", view);
    model.addAttribute("result", page.stored(view.current().result(), locale));
    model.addAttribute("decisions", view.current().decisions().stream()
        .collect(Collectors.toMap(d -> d.routeId(), d -> d, (a, b) -> a)));
    return "school/application";
  }

  /** The form filled with the returned version, to change and send as the next version. */
  @GetMapping("/applications/{id}/new-version")
  String newVersion(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    Caller caller = Caller.of(auth);
    ApplicationRef ref = new ApplicationRef(id, school);
    ApplicationView view = workflow.view(caller, ref);
    JsonNode doc = Json.MAPPER.readTree(workflow.document(caller, ref, view.currentVersion()));
    return check(caller, ApplicationForm.withoutSubmission((ObjectNode) doc), List.of(), id, model, locale);
  }
}
