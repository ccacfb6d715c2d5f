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
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
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
  private final Checks checks;
  private final LiveRuleSet live;
  private final ApplicationWorkflow workflow;
  private final ArticleTexts texts;
  private final MessageSource messages;

  /** An uploaded application is read whole into memory: no larger than the check API takes. */
  private final DataSize maxUpload;

  SchoolPages(Checks checks, LiveRuleSet live, ApplicationWorkflow workflow, ArticleTexts texts, MessageSource messages,
      @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
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

  /** The form's buttons: check, add or remove a route, download, submit. */
  @PostMapping("/check")
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Integer remove, @RequestParam(required = false) String versionOf,
      @RequestParam(defaultValue = "1") int routeCount, Model model, Locale locale, RedirectAttributes redirect) {
    int routes = Math.max(1, Math.min(routeCount, 20));
    ObjectNode doc = ApplicationForm.document(ApplicationForm.base(request.getParameter("base")), request.getParameterMap(), routes,
        timeZone());
    if (remove != null && remove >= 0 && remove < routes && routes > 1) {
      ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).remove(remove.intValue());
      return form(doc, null, Map.of(), versionOf, model, locale);
    }
    return switch (action) {
      case "add-route" -> {
        ((tools.jackson.databind.node.ArrayNode) doc.get("routes")).addObject().put("routeId", "R" + (routes + 1));
        yield form(doc, null, Map.of(), versionOf, model, locale);
      }
      case "download" -> download(doc);
      case "submit" -> submit(Caller.of(auth), doc, versionOf, model, locale, redirect);
      default -> check(Caller.of(auth), doc, versionOf, model, locale);
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
    return check(Caller.of(auth), doc, null, model, locale);
  }

  private String check(Caller caller, ObjectNode doc, String versionOf, Model model, Locale locale) {
    List<SourcedDocument> docs = Checks.read(Json.MAPPER.writeValueAsBytes(doc), false);
    Result result = checks.check(caller, docs, null).get(0);
    JsonNode json = Json.MAPPER.valueToTree(result);
    // an ERROR is the rule set's failure, not the form's: it shows with the result, not at the fields
    return form(doc, json, result.verdict() == Verdict.ERROR ? Map.of() : errors(result.errors()), versionOf, model, locale);
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
    if (result != null) {
      model.addAttribute("result", ResultView.of(result, locale, texts, fields));
    }
    return "school/check";
  }

  /** The zone in which the form shows and takes a date and time: the rule set's, as the checker reads the instants in it. */
  private ZoneId timeZone() {
    return live.current().parameters().timeZone();
  }

  /** The reader's errors by JSON path; the first error of a path is the one shown next to its field. */
  private static Map<String, String> errors(List<InputError> errors) {
    Map<String, String> byPath = new LinkedHashMap<>();
    if (errors != null) {
      errors.forEach(e -> byPath.putIfAbsent(e.path() == null ? "" : e.path(), e.problem()));
    }
    return byPath;
  }

  private static ResponseEntity<byte[]> download(ObjectNode doc) {
    String id = doc.path("id").asString("aanvraag").replaceAll("[^A-Za-z0-9._-]", "_");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".json").build().toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
  }

  private String submit(Caller caller, ObjectNode doc, String versionOf, Model model, Locale locale, RedirectAttributes redirect) {
    byte[] body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    ApplicationView view;
    try {
      view = versionOf == null || versionOf.isBlank()
          ? workflow.submit(caller, body, null)
          : workflow.submitVersion(caller, ApplicationRef.of(versionOf), body, null);
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND) {
        throw e;
      }
      model.addAttribute("submitError", e.getMessage());
      // the refusal's own errors (BRIN, id) beside their fields; without any, the check shows what is wrong
      return e.errors().isEmpty()
          ? check(caller, doc, versionOf, model, locale)
          : form(doc, null, errors(e.errors()), versionOf, model, locale);
    }
    redirect.addFlashAttribute("submitted", view.currentVersion());
    return "redirect:/school/applications/" + view.id() + "?school=" + view.schoolBrin();
  }

  @GetMapping("/applications/{id}")
  String application(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    ApplicationView view = workflow.view(Caller.of(auth), new ApplicationRef(id, school));
    model.addAttribute("app", view);
    model.addAttribute("result", ResultView.of(view.current().result(), locale, texts, Set.of()));
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
    return check(caller, (ObjectNode) doc, id, model, locale);
  }
}
