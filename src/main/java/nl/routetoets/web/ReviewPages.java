package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Findings;
import nl.routetoets.dusiworkflow.ReviewDesk;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.dusiworkflow.Views.DeskView;
import nl.routetoets.dusiworkflow.Views.FormFinding;
import nl.routetoets.dusiworkflow.Views.VersionView;
import nl.routetoets.dusiworkflow.Views.Worklist;
import nl.routetoets.dusiworkflow.Views.WorklistRequest;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.Codes;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.print.PrintablePdf;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's desk: the worklist (search, filters, sorting, paging, assignment, each application's decision term
 * and what is due this week), an application as a readable summary per route with its findings by article and the
 * article's text, the findings about the whole form once with one reason each, a decision form per route, the history
 * in words, the difference between two versions, a printable decision with its receipt (HTML and PDF, in Dutch), and
 * what a re-check under the current rules would change. Auditors read the same pages without the forms.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasAnyRole('REVIEWER', 'AUDITOR')")
class ReviewPages {
  /** A finding of a route a reviewer may overrule on the route's decision form. */
  public record Shown(int index, String severity, String norm, String message, String key, String reason, String error) {}

  /** One route's decision form, as filled in (after an error) or empty. */
  public record DecisionForm(String routeId, String outcome, String motivation, List<Shown> findings, Map<String, String> errors) {}

  /** A finding about the whole form with the reason given for it once, and the error about it after a failed decision. */
  public record FormReasonView(int index, String severity, String norm, String message, String reason, String givenBy, String error) {}

  /** One line of the error summary at the top of a page: what is wrong, and the field it links to (null: none). */
  public record Problem(String text, String href) {}

  private static final List<String> WORKLIST_PARAMS = List.of(
      "q", "startSchoolYear", "routeType", "verdict", "status", "brin", "assignee", "due", "sort", "dir", "page", "on");

  /** The worklist parameters that have a field of their own in the filter form (an error links to it). */
  private static final Set<String> FILTER_FIELDS = Set.of(
      "q", "startSchoolYear", "routeType", "verdict", "status", "brin", "assignee", "due", "on");

  private final ApplicationWorkflow workflow;
  private final ReviewDesk desk;
  private final LiveRuleSet live;
  private final ArticleTexts texts;
  private final MessageSource messages;
  private final ITemplateEngine templates;

  ReviewPages(ApplicationWorkflow workflow, ReviewDesk desk, LiveRuleSet live, ArticleTexts texts, MessageSource messages,
      ITemplateEngine templates) {
    this.workflow = workflow;
    this.desk = desk;
    this.live = live;
    this.texts = texts;
    this.messages = messages;
    this.templates = templates;
  }

  @GetMapping
  String queue(Authentication auth, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    Caller caller = Caller.of(auth);
    Map<String, String> filter = new LinkedHashMap<>();
    for (String name : WORKLIST_PARAMS) {
      String v = params.getFirst(name);
      filter.put(name, v == null || v.isBlank() ? null : v.strip());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate on = null;
    if (filter.get("on") != null) {
      try {
        on = LocalDate.parse(filter.get("on"));
      } catch (DateTimeParseException e) {
        errors.put("on", messages.getMessage("desk.err.date", null, locale));
      }
    }
    int page = 1;
    if (filter.get("page") != null) {
      try {
        page = Integer.parseInt(filter.get("page"));
      } catch (NumberFormatException e) {
        errors.put("page", messages.getMessage("desk.err.page", null, locale));
      }
    }
    Worklist worklist = null;
    if (errors.isEmpty()) {
      try {
        worklist = desk.worklist(caller, new WorklistRequest(filter.get("q"), filter.get("startSchoolYear"), filter.get("routeType"),
            filter.get("verdict"), filter.get("status"), filter.get("brin"), filter.get("assignee"), filter.get("due"),
            filter.get("sort"), filter.get("dir"), page, ReviewDesk.PAGE_SIZE, on));
      } catch (Refused e) {
        for (InputError err : e.errors()) {
          errors.putIfAbsent(err.path(), messages.getMessage("desk.err.filter", new Object[] {err.path()}, err.problem(), locale));
        }
      }
    }
    if (worklist == null) {
      // the day's counts still show: a filter that is wrong should not hide what is due
      worklist = desk.worklist(caller, new WorklistRequest(null, null, null, null, null, null, null, null, null, null, 1, 0, null));
      worklist = new Worklist(List.of(), 0, 1, 1, worklist.size(), worklist.sort(), false, worklist.today(), worklist.weekEnd(),
          worklist.dueThisWeek(), worklist.overdue(), worklist.mine(), worklist.unassigned());
    }
    Readable readable = readable(locale);
    model.addAttribute("worklist", worklist);
    model.addAttribute("errors", errors);
    model.addAttribute("problems", errors.entrySet().stream()
        .map(e -> new Problem(e.getValue(), FILTER_FIELDS.contains(e.getKey()) ? "#" + e.getKey() : null)).toList());
    model.addAttribute("filter", filter);
    model.addAttribute("today", readable.date(worklist.today()));
    model.addAttribute("weekEnd", readable.date(worklist.weekEnd()));
    model.addAttribute("dates", new Dates(readable));
    model.addAttribute("routeTypes", Codes.RouteType.values());
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("statuses", ApplicationStatus.values());
    model.addAttribute("reviewers", caller.is(Role.REVIEWER) || caller.is(Role.AUDITOR) ? desk.reviewers() : List.of());
    model.addAttribute("mayAssign", caller.is(Role.REVIEWER));
    model.addAttribute("links", new WorklistLinks(filter));
    model.addAttribute("back", worklistQuery(filter, null));
    return "review/queue";
  }

  /** The worklist's addresses: the same filter with another sort or page. */
  public record WorklistLinks(Map<String, String> filter) {
    /** The address that sorts by {@code column}: ascending first, the other way round when it is sorted so already. */
    public String sort(String column, String current, boolean descending) {
      Map<String, String> f = new LinkedHashMap<>(filter);
      f.put("sort", column);
      f.put("dir", column.equals(current) && !descending ? "desc" : null);
      f.put("page", null);
      return "/review" + worklistQuery(f, null);
    }

    public String page(int page) {
      Map<String, String> f = new LinkedHashMap<>(filter);
      f.put("page", page == 1 ? null : Integer.toString(page));
      return "/review" + worklistQuery(f, null);
    }

    /** The id of an application's row, for the return to it after an assignment. */
    public String anchor(String id) {
      return ReviewPages.anchor(id);
    }

    /** The worklist with one filter set (and the page reset). */
    public String with(String name, String value) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("on", filter.get("on"));
      f.put(name, value);
      return "/review" + worklistQuery(f, null);
    }
  }

  /** Dates and moments in words, for the templates. */
  public record Dates(Readable readable) {
    public String date(LocalDate d) {
      return readable.date(d);
    }

    /** The day of a moment in Dutch time. */
    public String day(java.time.OffsetDateTime t) {
      return t == null ? "" : readable.date(t.atZoneSameInstant(readable.zone()).toLocalDate());
    }

    public String moment(java.time.OffsetDateTime t) {
      return readable.shortDateTime(t);
    }

    public String words(java.time.OffsetDateTime t) {
      return readable.dateTime(t);
    }
  }

  static String anchor(String applicationId) {
    return "app-" + FormView.fieldId(applicationId).substring(2);
  }

  /** The worklist's query string for a filter ("?q=…&sort=…"; "" for none); {@code only} limits it to those names. */
  static String worklistQuery(Map<String, String> filter, Set<String> only) {
    UriComponentsBuilder b = UriComponentsBuilder.newInstance();
    for (String name : WORKLIST_PARAMS) {
      String v = filter.get(name);
      if (v != null && !v.isBlank() && (only == null || only.contains(name))) {
        b.queryParam(name, "{" + name + "}");
      }
    }
    Map<String, String> vars = new HashMap<>(filter);
    String q = b.buildAndExpand(vars).encode().toUriString();
    return q.isEmpty() ? "" : q;
  }

  @GetMapping("/applications/{id}")
  String application(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam(required = false) String on, Model model, Locale locale) {
    return page(Caller.of(auth), new ApplicationRef(id, school), null, Map.of(), List.of(), day(on), model, locale);
  }

  private static LocalDate day(String on) {
    try {
      return on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String page(Caller caller, ApplicationRef ref, DecisionForm failed, Map<Integer, String> formErrors, List<Problem> problems,
      LocalDate on, Model model, Locale locale) {
    ApplicationView view = workflow.view(caller, ref);
    ApplicationRef exact = new ApplicationRef(view.id(), view.schoolBrin());
    JsonNode result = view.current().result();
    Readable readable = readable(locale);
    JsonNode doc = Json.MAPPER.readTree(workflow.document(caller, exact, view.currentVersion()));
    ApplicationSummary summary = ApplicationSummary.of(doc, readable);
    Map<String, DecisionView> decided = new HashMap<>();
    view.current().decisions().forEach(d -> decided.put(d.routeId(), d));
    Map<String, DecisionForm> forms = new LinkedHashMap<>();
    for (JsonNode route : result.path("routes")) {
      String routeId = route.path("routeId").asString();
      if (!decided.containsKey(routeId)) {
        forms.put(routeId, failed != null && failed.routeId().equals(routeId) ? failed
            : new DecisionForm(routeId, null, null, shown(result, routeId, Map.of(), Map.of(), locale), Map.of()));
      }
    }
    List<FormReasonView> formReasons = new ArrayList<>();
    for (FormFinding f : desk.formFindings(caller, exact)) {
      formReasons.add(new FormReasonView(f.index(), f.finding().path("severity").asString(), f.finding().path("norm").asString(),
          f.finding().path("message").path(ResultView.lang(locale)).asString(""), f.reason(), f.givenBy(), formErrors.get(f.index())));
    }
    boolean reviewer = caller.is(Role.REVIEWER);
    DeskView deskView = desk.desk(caller, exact, on);
    model.addAttribute("app", view);
    model.addAttribute("desk", deskView);
    model.addAttribute("summary", summary);
    model.addAttribute("result", ResultView.of(result, locale, texts, summary::place));
    model.addAttribute("decisions", decided);
    model.addAttribute("forms", forms);
    model.addAttribute("formReasons", formReasons);
    model.addAttribute("formReasonsOpen", reviewer && !forms.isEmpty() && !formReasons.isEmpty());
    model.addAttribute("mayDecide", reviewer);
    model.addAttribute("outcomes", DecisionOutcome.values());
    model.addAttribute("problems", problems);
    model.addAttribute("dates", new Dates(readable));
    model.addAttribute("history", HistoryView.of(workflow.history(caller, exact, 200), readable));
    return "review/application";
  }

  /**
   * One route's decision. A reason next to one of the route's findings overrules it; the reasons given once for the
   * findings about the whole form go with it. Approving a route overrules its violations, so the workflow refuses an
   * approval that leaves one without a reason; the page then says so at the top and beside the field.
   */
  @PostMapping("/applications/{id}/decisions")
  @PreAuthorize("hasRole('REVIEWER')")
  String decide(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, @RequestParam String routeId,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String motivation,
      @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
    Caller caller = Caller.of(auth);
    ApplicationView view = workflow.view(caller, new ApplicationRef(id, school));
    ApplicationRef ref = new ApplicationRef(view.id(), view.schoolBrin());
    JsonNode result = view.current().result();
    Map<String, String> reasons = new HashMap<>();
    params.forEach((name, values) -> {
      if (name.startsWith("reason.") && !values.isEmpty() && !values.get(0).isBlank()) {
        reasons.put(name.substring("reason.".length()), values.get(0).strip());
      }
    });
    List<JsonNode> own = Findings.ownOfRoute(result, routeId);
    List<Overrule> overrules = new ArrayList<>();
    List<Integer> overruled = new ArrayList<>();
    for (int k = 0; k < own.size(); k++) {
      String reason = reasons.get(Integer.toString(k));
      if (reason != null) {
        JsonNode f = own.get(k);
        overrules.add(new Overrule(f.path("norm").asString(), f.path("path").asString(), f.path("rule").asString(), reason));
        overruled.add(k);
      }
    }
    // the reasons given once for the findings about the whole form: after the route's own
    List<FormFinding> formFindings = desk.formFindings(caller, ref);
    List<Integer> formOverruled = new ArrayList<>();
    for (FormFinding f : formFindings) {
      if (f.reason() != null) {
        overrules.add(new Overrule(f.finding().path("norm").asString(), f.finding().path("path").asString(),
            f.finding().path("rule").asString(), f.reason()));
        formOverruled.add(f.index());
      }
    }
    DecisionOutcome parsed = outcome == null ? null : java.util.Arrays.stream(DecisionOutcome.values())
        .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
    try {
      workflow.decide(caller, ref, new DecisionRequest(routeId, parsed, motivation, overrules));
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND) {
        throw e;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      Map<Integer, String> findingErrors = new HashMap<>();
      Map<Integer, String> formErrors = new HashMap<>();
      for (InputError err : e.errors()) {
        String path = err.path() == null ? "" : err.path();
        if (path.matches("overrules\\[\\d+\\].*")) {
          int i = Integer.parseInt(path.substring("overrules[".length(), path.indexOf(']')));
          String said = said(path.endsWith(".reason") ? "reason" : null, err.problem(), locale);
          if (i < overruled.size()) {
            findingErrors.putIfAbsent(overruled.get(i), said);
          } else {
            formErrors.putIfAbsent(formOverruled.get(i - overruled.size()), said);
          }
        } else if (path.equals("overrules")) {
          // "approving overrules the VIOLATION <key>": the finding it names gets the error, on the route or the whole form
          for (int k = 0; k < own.size(); k++) {
            if (err.problem().contains(Findings.key(own.get(k)))) {
              findingErrors.putIfAbsent(k, said("approve", err.problem(), locale));
            }
          }
          for (FormFinding f : formFindings) {
            if (err.problem().contains(f.key())) {
              formErrors.putIfAbsent(f.index(), said("approveForm", err.problem(), locale));
            }
          }
        } else {
          errors.putIfAbsent(path, said(path, err.problem(), locale));
        }
      }
      if (e.errors().isEmpty()) {
        errors.put("", e.getMessage());
      }
      Map<Integer, String> given = new HashMap<>();
      reasons.forEach((k, v) -> {
        if (k.matches("\\d+")) {
          given.put(Integer.parseInt(k), v);
        }
      });
      List<Shown> shown = shown(result, routeId, given, findingErrors, locale);
      DecisionForm failed = new DecisionForm(routeId, outcome, motivation, shown, errors);
      model.addAttribute("failedRoute", routeId);
      return page(caller, ref, failed, formErrors, problems(failed, formErrors, formFindings, locale), null, model, locale);
    }
    redirect.addFlashAttribute("decided", routeId);
    return "redirect:/review/applications/" + view.id() + "?school=" + view.schoolBrin() + "#route-" + routeId;
  }

  /** The error summary of a failed decision: each error with a link to its field, in the order of the page. */
  private List<Problem> problems(DecisionForm failed, Map<Integer, String> formErrors, List<FormFinding> formFindings, Locale locale) {
    List<Problem> out = new ArrayList<>();
    for (FormFinding f : formFindings) {
      if (formErrors.containsKey(f.index())) {
        out.add(new Problem(f.finding().path("norm").asString() + " (" + messages.getMessage("desk.wholeForm", null, locale) + "): "
            + formErrors.get(f.index()), "#form-reason-" + f.index()));
      }
    }
    String r = failed.routeId();
    failed.errors().forEach((path, text) -> {
      switch (path) {
        case "outcome" -> out.add(new Problem(messages.getMessage("review.outcome", null, locale) + ": " + text,
            "#outcome-" + r + "-" + DecisionOutcome.values()[0].name()));
        case "motivation" -> out.add(new Problem(messages.getMessage("review.motivation", null, locale) + ": " + text, "#motivation-" + r));
        default -> out.add(new Problem(text, null));
      }
    });
    for (Shown s : failed.findings()) {
      if (s.error() != null) {
        out.add(new Problem(s.norm() + " (" + messages.getMessage("severity." + s.severity(), null, s.severity(), locale) + "): "
            + s.error(), "#reason-" + r + "-" + s.index()));
      }
    }
    return out;
  }

  /** The reasons for the findings about the whole form, given once for every route still to decide. */
  @PostMapping("/applications/{id}/reasons")
  @PreAuthorize("hasRole('REVIEWER')")
  String reasons(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
    Caller caller = Caller.of(auth);
    ApplicationView view = workflow.view(caller, new ApplicationRef(id, school));
    Map<Integer, String> reasons = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      if (name.matches("formReason\\.\\d{1,4}")) {
        reasons.put(Integer.parseInt(name.substring("formReason.".length())), values.isEmpty() ? null : values.get(0));
      }
    });
    desk.saveFormReasons(caller, new ApplicationRef(view.id(), view.schoolBrin()), reasons);
    redirect.addFlashAttribute("reasonsSaved", true);
    return "redirect:/review/applications/" + view.id() + "?school=" + view.schoolBrin() + "#form-findings";
  }

  /** Assigns an application to a reviewer (or to nobody), from the worklist or the application's page. */
  @PostMapping("/applications/{id}/assignment")
  @PreAuthorize("hasRole('REVIEWER')")
  String assign(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam(required = false) String reviewer, @RequestParam(required = false) String back, RedirectAttributes redirect) {
    Caller caller = Caller.of(auth);
    ApplicationView view = workflow.view(caller, new ApplicationRef(id, school));
    desk.assign(caller, new ApplicationRef(view.id(), view.schoolBrin()), reviewer);
    redirect.addFlashAttribute("assigned", view.id());
    redirect.addFlashAttribute("assignedTo", reviewer == null || reviewer.isBlank() ? null : reviewer.strip());
    if (back != null) {
      // back to the worklist as it was: only the worklist's own parameters, encoded afresh
      Map<String, String> filter = new LinkedHashMap<>();
      UriComponentsBuilder.fromUriString("/review" + (back.startsWith("?") ? back : "")).build().getQueryParams()
          .forEach((k, v) -> filter.put(k, v.isEmpty() ? null : java.net.URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
      return "redirect:/review" + worklistQuery(filter, null) + "#" + anchor(view.id());
    }
    return "redirect:/review/applications/" + view.id() + "?school=" + view.schoolBrin() + "#assignment";
  }

  /** What changed between two versions, field by field; by default the current version against the one before it. */
  @GetMapping("/applications/{id}/compare")
  String compare(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model, Locale locale) {
    Caller caller = Caller.of(auth);
    ApplicationView view = workflow.view(caller, new ApplicationRef(id, school));
    ApplicationRef ref = new ApplicationRef(view.id(), view.schoolBrin());
    int newer = to == null ? view.currentVersion() : to;
    int older = from == null ? Math.max(1, newer - 1) : from;
    if (!view.versions().contains(newer) || !view.versions().contains(older)) {
      throw Refused.notFound("application " + view.id() + " has versions " + view.versions());
    }
    Readable readable = readable(locale);
    JsonNode before = Json.MAPPER.readTree(workflow.document(caller, ref, older));
    JsonNode after = Json.MAPPER.readTree(workflow.document(caller, ref, newer));
    VersionView olderView = workflow.version(caller, ref, older);
    VersionView newerView = workflow.version(caller, ref, newer);
    model.addAttribute("app", view);
    model.addAttribute("diff", VersionDiff.of(older, before, newer, after, readable));
    model.addAttribute("older", olderView);
    model.addAttribute("newer", newerView);
    model.addAttribute("dates", new Dates(readable));
    return "review/compare";
  }

  @GetMapping("/applications/{id}/recheck")
  String recheck(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    model.addAttribute("recheck", workflow.recheck(Caller.of(auth), new ApplicationRef(id, school)));
    model.addAttribute("lang", locale.getLanguage());
    return "review/recheck";
  }

  /** The decision on a version with its receipt, as a page to print: always in Dutch, the language of the decision. */
  @GetMapping(value = "/applications/{id}/besluit", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> besluit(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam(required = false) Integer version, HttpServletRequest request) {
    Besluit besluit = besluit(Caller.of(auth), id, school, version);
    String html = printed(besluit, false, request.getContextPath());
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
  }

  /** The same decision as PDF. */
  @GetMapping("/applications/{id}/besluit.pdf")
  ResponseEntity<byte[]> besluitPdf(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school,
      @RequestParam(required = false) Integer version, HttpServletRequest request) {
    Besluit besluit = besluit(Caller.of(auth), id, school, version);
    // the page for the PDF refers to nothing (its style sheet is inline): a fixed base, never the request's Host header
    byte[] pdf = PrintablePdf.of(printed(besluit, true, request.getContextPath()), "http://localhost/");
    String name = "besluit-" + besluit.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + besluit.version() + ".pdf";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.APPLICATION_PDF).body(pdf);
  }

  private Besluit besluit(Caller caller, String id, String school, Integer version) {
    ApplicationView view = workflow.view(caller, new ApplicationRef(id, school));
    ApplicationRef ref = new ApplicationRef(view.id(), view.schoolBrin());
    int v = version == null ? view.currentVersion() : version;
    VersionView versionView = workflow.version(caller, ref, v);
    if (versionView.decisions().isEmpty()) {
      throw Refused.notFound("version " + v + " of application " + view.id() + " has no decision yet");
    }
    JsonNode doc = Json.MAPPER.readTree(workflow.document(caller, ref, v));
    return Besluit.of(view, versionView, doc, readable(Besluit.DUTCH));
  }

  /** The decision page rendered by the templates in Dutch; for the PDF with its style sheet inline (nothing is fetched). */
  private String printed(Besluit besluit, boolean pdf, String contextPath) {
    Context context = new Context(Besluit.DUTCH);
    context.setVariable("besluit", besluit);
    context.setVariable("pdf", pdf);
    context.setVariable("css", pdf ? BESLUIT_CSS : null);
    context.setVariable("base", contextPath);
    return templates.process("review/besluit", context);
  }

  private static final String BESLUIT_CSS = css();

  private static String css() {
    try (InputStream in = ReviewPages.class.getResourceAsStream("/static/css/besluit.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Readable readable(Locale locale) {
    RuleSet ruleSet = live.current();
    return new Readable(messages, locale, ruleSet.reference(), ruleSet.parameters().timeZone());
  }

  private static List<Shown> shown(
      JsonNode result, String routeId, Map<Integer, String> reasons, Map<Integer, String> errors, Locale locale) {
    List<JsonNode> findings = Findings.ownOfRoute(result, routeId);
    List<Shown> shown = new ArrayList<>();
    for (int k = 0; k < findings.size(); k++) {
      JsonNode f = findings.get(k);
      shown.add(new Shown(k, f.path("severity").asString(), f.path("norm").asString(), f.path("message").path(ResultView.lang(locale)).asString(""),
          Findings.key(f), reasons.get(k), errors.get(k)));
    }
    return shown;
  }

  /**
   * The workflow's refusal of a decision in the page's language: the path says which rule of a
   * decision was broken (a motivation, an outcome, a reason); anything else as the workflow said it.
   */
  private String said(String rule, String problem, Locale locale) {
    return rule == null ? problem : messages.getMessage("review.err." + rule, null, problem, locale);
  }
}
