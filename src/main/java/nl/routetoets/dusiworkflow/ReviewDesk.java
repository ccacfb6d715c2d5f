package nl.routetoets.dusiworkflow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.DeskView;
import nl.routetoets.dusiworkflow.Views.FormFinding;
import nl.routetoets.dusiworkflow.Views.RouteSummary;
import nl.routetoets.dusiworkflow.Views.Term;
import nl.routetoets.dusiworkflow.Views.Urgency;
import nl.routetoets.dusiworkflow.Views.Worklist;
import nl.routetoets.dusiworkflow.Views.WorklistEntry;
import nl.routetoets.dusiworkflow.Views.WorklistRequest;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.InputError;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.persistence.ReviewDeskStore;
import nl.routetoets.persistence.ReviewDeskStore.Due;
import nl.routetoets.persistence.ReviewDeskStore.FormReason;
import nl.routetoets.persistence.ReviewDeskStore.Query;
import nl.routetoets.persistence.ReviewDeskStore.Sort;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's desk beside the workflow: the worklist (search, filters, sorting, paging, the decision term of each
 * application and what is due this week), assignment to a reviewer, and the reasons a reviewer gives once for the
 * findings about an application as a whole. The decision term is a dated parameter of the rule set (the application
 * rounds' {@code decisionBy}), never a number in code; "today" is the caller's to give (the pages take it from the
 * service's clock), so nothing here reads a clock for anything but the time stamp of a change.
 */
@Service
public class ReviewDesk {
  public static final int PAGE_SIZE = 25;
  public static final int MAX_PAGE_SIZE = 100;

  private final ApplicationWorkflow workflow;
  private final ApplicationStore applications;
  private final ReviewDeskStore store;
  private final Checks checks;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;

  public ReviewDesk(
      ApplicationWorkflow workflow, ApplicationStore applications, ReviewDeskStore store, Checks checks, Accounts accounts,
      AuditLog audit, Clock clock) {
    this.workflow = workflow;
    this.applications = applications;
    this.store = store;
    this.checks = checks;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** The day the service's clock gives in the rule set's time zone (Europe/Amsterdam): the pages' "today". */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(parameters().timeZone()));
  }

  /** The last day of the week (Monday to Sunday) that {@code day} is in. */
  public static LocalDate weekEnd(LocalDate day) {
    return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
  }

  public Worklist worklist(Caller caller, WorklistRequest r) {
    List<InputError> errors = new ArrayList<>();
    String year = blank(r.startSchoolYear());
    ApplicationWorkflow.parsed(errors, "startSchoolYear", year, SchoolYear::parse);
    RouteType type = ApplicationWorkflow.parsed(errors, "routeType", blank(r.routeType()), RouteType::valueOf);
    Verdict verdict = ApplicationWorkflow.parsed(errors, "verdict", blank(r.verdict()), Verdict::valueOf);
    ApplicationStatus status = ApplicationWorkflow.parsed(errors, "status", blank(r.status()), ApplicationStatus::valueOf);
    Due due = ApplicationWorkflow.parsed(errors, "due", blank(r.due()), ReviewDesk::due);
    Sort sort = ApplicationWorkflow.parsed(errors, "sort", blank(r.sort()), s -> Sort.valueOf(s.toUpperCase(Locale.ROOT)));
    String direction = blank(r.direction());
    if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
      errors.add(new InputError(null, null, "direction", "\"" + direction + "\" is not asc or desc"));
    }
    if (r.page() < 1) {
      errors.add(new InputError(null, null, "page", "a page is numbered from 1"));
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid("the worklist's filter is not valid", errors);
    }
    LocalDate today = r.today() == null ? today() : r.today();
    LocalDate weekEnd = weekEnd(today);
    int size = r.size() <= 0 ? PAGE_SIZE : Math.min(r.size(), MAX_PAGE_SIZE);
    Set<String> only = caller.is(Role.SCHOOL) ? caller.brins() : null;
    SortedMap<String, LocalDate> terms = new TreeMap<>();
    terms().forEach((y, t) -> terms.put(y, t.decisionBy()));
    String assignee = assignee(caller, blank(r.assignee()));
    Sort by = sort == null ? Sort.TERM : sort;
    boolean descending = "desc".equals(direction);
    Query q = new Query(blank(r.search()), year, type, verdict, status, blank(r.brin()), only, assignee, due == null ? Due.ANY : due,
        terms, today, weekEnd, by, descending, (r.page() - 1) * size, size);
    ReviewDeskStore.Page page = store.worklist(q);
    Map<String, Term> byYear = terms();
    List<WorklistEntry> entries = page.rows().stream().map(row -> {
      Term term = row.startSchoolYear() == null ? null : byYear.get(row.startSchoolYear());
      return new WorklistEntry(row.documentId(), row.schoolBrin(), row.schoolName(), row.startSchoolYear(), row.status(),
          row.currentVersion(), row.verdict().name(),
          row.routes().stream().map(x -> new RouteSummary(x.routeId(), x.routeType() == null ? null : x.routeType().name(),
              x.verdict().name())).toList(),
          row.createdAt(), row.assignedTo(), row.assignedAt(), term, urgency(row.status(), term, today));
    }).toList();
    // the day's counts are over everything the caller sees, whatever the filter
    Query all = new Query(null, null, null, null, null, null, only, null, Due.ANY, terms, today, weekEnd, by, false, 0, 0);
    int dueThisWeek = store.count(with(all, null, Due.THIS_WEEK));
    int overdue = store.count(with(all, null, Due.OVERDUE));
    int mine = store.count(with(all, caller.name(), Due.ANY));
    int unassigned = store.count(with(all, "", Due.ANY));
    int pages = Math.max(1, (page.total() + size - 1) / size);
    return new Worklist(entries, page.total(), r.page(), pages, size, by.name().toLowerCase(Locale.ROOT), descending, today, weekEnd,
        dueThisWeek, overdue, mine, unassigned);
  }

  private static Query with(Query q, String assignee, Due due) {
    return new Query(q.search(), q.startSchoolYear(), q.routeType(), q.verdict(), q.status(), q.brin(), q.onlyBrins(), assignee, due,
        q.terms(), q.today(), q.weekEnd(), q.sort(), q.descending(), q.offset(), q.limit());
  }

  private static Due due(String value) {
    return switch (value) {
      case "week" -> Due.THIS_WEEK;
      case "overdue" -> Due.OVERDUE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** "me" is the caller, "none" nobody (""), anything else an account's name; null: anyone. */
  private static String assignee(Caller caller, String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "me" -> caller.name();
      case "none" -> "";
      default -> value;
    };
  }

  /** Where an application stands against its term on {@code today}. */
  public static Urgency urgency(ApplicationStatus status, Term term, LocalDate today) {
    if (status == ApplicationStatus.DECIDED) {
      return Urgency.DECIDED;
    }
    if (status == ApplicationStatus.RETURNED) {
      return Urgency.WITH_SCHOOL;
    }
    if (term == null || term.decisionBy() == null) {
      return Urgency.NO_TERM;
    }
    if (term.decisionBy().isBefore(today)) {
      return Urgency.OVERDUE;
    }
    return term.decisionBy().isAfter(weekEnd(today)) ? Urgency.LATER : Urgency.THIS_WEEK;
  }

  /**
   * The decision term per start school year, from the rule set's application rounds: the date by which the Minister
   * decides (UR art. 4(1); art. 5(2) for 2016-2017; the extra round of I-03). Where rounds of one start year named
   * different dates, the earliest holds (interpretations.md I-90).
   */
  public Map<String, Term> terms() {
    Map<String, Term> terms = new TreeMap<>();
    for (Parameters.Round round : parameters().rounds()) {
      if (round.decisionBy() == null || round.startSchoolYear() == null) {
        continue;
      }
      String year = round.startSchoolYear().toString();
      Term t = new Term(round.decisionBy(), round.source(), round.interpretation());
      terms.merge(year, t, (a, b) -> b.decisionBy().isBefore(a.decisionBy()) ? b : a);
    }
    return terms;
  }

  /** The term of an application's start school year, or null when that year has no round. */
  public Term term(String startSchoolYear) {
    return startSchoolYear == null ? null : terms().get(startSchoolYear);
  }

  /** The enabled reviewer accounts an application can be assigned to, by name. */
  public List<String> reviewers() {
    return accounts.all().stream().filter(a -> a.role() == Role.REVIEWER && a.enabled()).map(a -> a.username()).sorted().toList();
  }

  /** What the desk shows of one application on {@code today} (null: the service's day). */
  public DeskView desk(Caller caller, ApplicationRef ref, LocalDate today) {
    ApplicationRow a = workflow.visible(caller, ref);
    ReviewDeskStore.Assignment assigned = store.assignment(a.id());
    Term term = term(a.startSchoolYear());
    LocalDate day = today == null ? today() : today;
    String name = applications.schoolName(a.id());
    return new DeskView(name, assigned.assignedTo(), assigned.assignedAt(), term, urgency(a.status(), term, day), day,
        caller.is(Role.REVIEWER) ? reviewers() : List.of());
  }

  /**
   * Assigns an application to a reviewer (an enabled REVIEWER account), or with a blank name to nobody; recorded in
   * the audit log. Assigning it to whom it is assigned already changes nothing.
   */
  @Transactional
  public void assign(Caller caller, ApplicationRef ref, String reviewer) {
    if (!caller.is(Role.REVIEWER)) {
      throw Refused.forbidden("only reviewers assign applications");
    }
    ApplicationRow a = workflow.visible(caller, ref);
    String to = reviewer == null || reviewer.isBlank() ? null : reviewer.strip();
    if (to != null && !reviewers().contains(to)) {
      throw Refused.invalid("reviewer", "\"" + to + "\" is no enabled reviewer account");
    }
    String before = store.assignment(a.id()).assignedTo();
    if (java.util.Objects.equals(before, to)) {
      return;
    }
    store.assign(a.id(), to, OffsetDateTime.now(clock));
    audit.append(caller.name(), AuditAction.APPLICATION_ASSIGNED, ApplicationWorkflow.objectId(a.schoolBrin(), a.documentId()),
        to == null ? "assignment removed (was " + before + ")" : "assigned to " + to + (before == null ? "" : " (was " + before + ")"));
  }

  /** The findings about the whole form of the current version, each with the reason given for it once. */
  public List<FormFinding> formFindings(Caller caller, ApplicationRef ref) {
    ApplicationRow a = workflow.visible(caller, ref);
    VersionRow v = applications.version(a.id(), a.currentVersion()).orElseThrow();
    Map<String, FormReason> reasons = store.formReasons(v.id());
    List<FormFinding> out = new ArrayList<>();
    List<JsonNode> findings = Findings.ofForm(v.result());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      FormReason r = reasons.get(Findings.key(f));
      out.add(new FormFinding(i, f, Findings.key(f), r == null ? null : r.reason(), r == null ? null : r.givenBy(),
          r == null ? null : r.givenAt()));
    }
    return out;
  }

  /** The reasons given once for findings about the whole form, as overrules for a route's decision on the current version. */
  public List<Overrule> formOverrules(Caller caller, ApplicationRef ref) {
    return formFindings(caller, ref).stream().filter(f -> f.reason() != null)
        .map(f -> new Overrule(f.finding().path("norm").asString(), f.finding().path("path").asString(),
            f.finding().path("rule").asString(), f.reason()))
        .toList();
  }

  /**
   * Sets the reasons for findings about the whole form of the current version, by the finding's index in the
   * result; a blank reason removes one. Only while a route of the version is still undecided: a reason is used by
   * the decisions still to come. Recorded in the audit log.
   */
  @Transactional
  public void saveFormReasons(Caller caller, ApplicationRef ref, Map<Integer, String> reasons) {
    if (!caller.is(Role.REVIEWER)) {
      throw Refused.forbidden("only reviewers give reasons");
    }
    ApplicationRow a = workflow.visible(caller, ref);
    VersionRow v = applications.version(a.id(), a.currentVersion()).orElseThrow();
    if (applications.decisions(v.id()).size() >= applications.routes(v.id()).size()) {
      throw Refused.conflict("every route of version " + v.version() + " is decided: a reason would change no decision");
    }
    List<JsonNode> findings = Findings.ofForm(v.result());
    Map<String, FormReason> before = store.formReasons(v.id());
    Map<String, String> changed = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> e : reasons.entrySet()) {
      int i = e.getKey();
      if (i < 0 || i >= findings.size()) {
        throw Refused.invalid("reason." + i, "names no finding about the application as a whole");
      }
      String key = Findings.key(findings.get(i));
      String reason = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
      FormReason old = before.get(key);
      if (!java.util.Objects.equals(old == null ? null : old.reason(), reason)) {
        changed.put(key, reason);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    changed.forEach((key, reason) -> store.setFormReason(v.id(), key, reason, caller.name(), now));
    long given = changed.values().stream().filter(java.util.Objects::nonNull).count();
    audit.append(caller.name(), AuditAction.FORM_REASONS_SAVED, ApplicationWorkflow.objectId(a.schoolBrin(), a.documentId()),
        "version " + v.version() + ": " + given + " reason(s) given, " + (changed.size() - given) + " removed");
  }

  private Parameters parameters() {
    return checks.live().current().parameters();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
