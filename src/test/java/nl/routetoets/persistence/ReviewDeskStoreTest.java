package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RouteResult;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStore.NewVersion;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import nl.routetoets.persistence.ReviewDeskStore.Due;
import nl.routetoets.persistence.ReviewDeskStore.Query;
import nl.routetoets.persistence.ReviewDeskStore.Row;
import nl.routetoets.persistence.ReviewDeskStore.Sort;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The reviewer's worklist in SQL, on H2 and on a real PostgreSQL: search, filters, terms, sorting, paging, assignment, reasons, V5. */
class ReviewDeskStoreTest {
  private static final OffsetDateTime T0 = OffsetDateTime.ofInstant(Instant.parse("2016-10-03T08:00:00Z"), ZoneOffset.UTC);
  /** The terms of the rule set's rounds for two start years; 2020-2021 has none. */
  private static final SortedMap<String, LocalDate> TERMS = new TreeMap<>(java.util.Map.of(
      "2016-2017", LocalDate.of(2016, 3, 1), "2017-2018", LocalDate.of(2017, 2, 1)));
  /** A Monday: the week runs to Sunday 5 February 2017. */
  private static final LocalDate MONDAY = LocalDate.of(2017, 1, 30);

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
  }

  private static DataSource fresh(String vendor, String target) {
    String url = vendor.equals("h2")
        ? "jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
        : PostgresServer.shared().newDatabase("desk");
    DataSource ds = new DriverManagerDataSource(url);
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    if (target != null) {
      config = config.target(target);
    }
    config.load().migrate();
    return ds;
  }

  private static Query query(String search, Sort sort, boolean descending, int offset, int limit) {
    return new Query(search, null, null, null, null, null, null, null, Due.ANY, TERMS, MONDAY, MONDAY.plusDays(6), sort, descending,
        offset, limit);
  }

  private static Query due(Due due) {
    return new Query(null, null, null, null, null, null, null, null, due, TERMS, MONDAY, MONDAY.plusDays(6), Sort.TERM, false, 0, 100);
  }

  private static Query assignee(String assignee) {
    return new Query(null, null, null, null, null, null, null, assignee, Due.ANY, TERMS, MONDAY, MONDAY.plusDays(6), Sort.ID, false, 0, 100);
  }

  private static long store(ApplicationStore store, String id, String brin, String name, String year, ApplicationStatus status, int minutes) {
    OffsetDateTime at = T0.plusMinutes(minutes);
    long app = store.insertApplication(id, brin, year, ApplicationStatus.SUBMITTED, at);
    Result result = new Result(new Result.Subject("application", id, null, null), Verdict.COMPLIANT, LocalDate.of(2016, 3, 1), "EXP_2015",
        new RuleSetRef("2026.11.0", "abc"), List.of(new RouteResult("R1", Verdict.COMPLIANT, List.of())), List.of(), List.of());
    store.insertVersion(new NewVersion(app, 1, "{}".getBytes(StandardCharsets.UTF_8), "sha", result, "school", at),
        List.of(new RouteRow("R1", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT)));
    store.updateState(app, status, 1, year);
    store.setSchoolName(app, name);
    return app;
  }

  /** Twelve applications: four schools, three start years (one without a term), every status. */
  private static List<Long> twelve(ApplicationStore store) {
    String[][] schools = {{"00AH", "Het Stedelijk Alpha"}, {"30AU", "Citadel College"}, {"04XU", "Baanderherencollege"}, {"02QZ", null}};
    String[] years = {"2016-2017", "2017-2018", "2020-2021"};
    ApplicationStatus[] statuses = ApplicationStatus.values();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String[] school = schools[i % 4];
      ids.add(store(store, String.format("APP-%s-%04d", years[i % 3].substring(0, 4), i), school[0], school[1], years[i % 3],
          statuses[i % statuses.length], i));
    }
    return ids;
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(Row::documentId).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theSearchFindsIdSchoolNameAndBrinInAnyCaseAndTakesWildcardsLiterally(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor, null));
    ApplicationStore applications = new ApplicationStore(jdbc);
    ReviewDeskStore desk = new ReviewDeskStore(jdbc);
    twelve(applications);

    assertThat(ids(desk.worklist(query("STEDELIJK alpha", Sort.ID, false, 0, 100)).rows()))
        .containsExactly("APP-2016-0000", "APP-2017-0004", "APP-2020-0008");
    assertThat(desk.worklist(query("30au", Sort.ID, false, 0, 100)).rows()).extracting(Row::schoolBrin).containsOnly("30AU").hasSize(3);
    assertThat(ids(desk.worklist(query("app-2017", Sort.ID, false, 0, 100)).rows()))
        .containsExactly("APP-2017-0001", "APP-2017-0004", "APP-2017-0007", "APP-2017-0010");
    // a school without a name is still found by its BRIN, and a LIKE wildcard in the search is only a character
    assertThat(desk.worklist(query("02qz", Sort.ID, false, 0, 100)).total()).isEqualTo(3);
    assertThat(desk.worklist(query("%", Sort.ID, false, 0, 100)).total()).isZero();
    assertThat(desk.worklist(query("APP_2016", Sort.ID, false, 0, 100)).total()).isZero();
    assertThat(desk.worklist(query("  ", Sort.ID, false, 0, 100)).total()).isEqualTo(12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void pagesSplitTheSortedListWithoutGapsOrOverlapAndTheTermIsComputedFromTheRounds(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor, null));
    ApplicationStore applications = new ApplicationStore(jdbc);
    ReviewDeskStore desk = new ReviewDeskStore(jdbc);
    twelve(applications);

    List<String> all = ids(desk.worklist(query(null, Sort.ID, false, 0, 100)).rows());
    assertThat(all).hasSize(12).isSorted();
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 12; offset += 5) {
      ReviewDeskStore.Page page = desk.worklist(query(null, Sort.ID, false, offset, 5));
      assertThat(page.total()).isEqualTo(12);
      assertThat(page.rows()).hasSizeLessThanOrEqualTo(5);
      paged.addAll(ids(page.rows()));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(desk.worklist(query(null, Sort.ID, false, 100, 5)).rows()).isEmpty();

    List<String> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    assertThat(ids(desk.worklist(query(null, Sort.ID, true, 0, 100)).rows())).isEqualTo(reversed);
    // by school name, case aside; the school without a name by its BRIN
    List<Row> bySchool = desk.worklist(query(null, Sort.SCHOOL, false, 0, 100)).rows();
    assertThat(bySchool).extracting(r -> r.schoolName() == null ? r.schoolBrin() : r.schoolName())
        .containsExactly("02QZ", "02QZ", "02QZ", "Baanderherencollege", "Baanderherencollege", "Baanderherencollege",
            "Citadel College", "Citadel College", "Citadel College", "Het Stedelijk Alpha", "Het Stedelijk Alpha", "Het Stedelijk Alpha");

    // the term per start year; a year without a round has none and comes last in either direction
    List<Row> byTerm = desk.worklist(query(null, Sort.TERM, false, 0, 100)).rows();
    assertThat(byTerm).extracting(Row::decisionBy).containsExactly(
        d(2016, 3, 1), d(2016, 3, 1), d(2016, 3, 1), d(2016, 3, 1), d(2017, 2, 1), d(2017, 2, 1), d(2017, 2, 1), d(2017, 2, 1),
        null, null, null, null);
    assertThat(desk.worklist(query(null, Sort.TERM, true, 0, 100)).rows()).extracting(Row::decisionBy).containsExactly(
        d(2017, 2, 1), d(2017, 2, 1), d(2017, 2, 1), d(2017, 2, 1), d(2016, 3, 1), d(2016, 3, 1), d(2016, 3, 1), d(2016, 3, 1),
        null, null, null, null);
    assertThat(byTerm.get(0).routes()).extracting(RouteRow::routeId).containsExactly("R1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void dueThisWeekAndOverdueCountOnlyOpenApplicationsAndAssignmentFilters(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor, null));
    ApplicationStore applications = new ApplicationStore(jdbc);
    ReviewDeskStore desk = new ReviewDeskStore(jdbc);
    List<Long> ids = twelve(applications);

    // open (SUBMITTED, IN_REVIEW) with the term 1 February 2017 in the week from Monday 30 January
    List<Row> week = desk.worklist(due(Due.THIS_WEEK)).rows();
    assertThat(week).allSatisfy(r -> {
      assertThat(r.decisionBy()).isEqualTo(d(2017, 2, 1));
      assertThat(r.status()).isIn(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
    });
    assertThat(ids(week)).containsExactly("APP-2017-0001", "APP-2017-0004");
    assertThat(ids(desk.worklist(due(Due.OVERDUE)).rows())).containsExactly("APP-2016-0000", "APP-2016-0009");
    assertThat(desk.count(due(Due.OVERDUE))).isEqualTo(2);

    desk.assign(ids.get(0), "beoordelaar", T0);
    desk.assign(ids.get(1), "beoordelaar", T0);
    desk.assign(ids.get(1), null, T0);
    assertThat(ids(desk.worklist(assignee("beoordelaar")).rows())).containsExactly("APP-2016-0000");
    assertThat(desk.worklist(assignee("beoordelaar")).rows().get(0).assignedAt().toInstant()).isEqualTo(T0.toInstant());
    assertThat(desk.count(assignee(""))).isEqualTo(11);
    assertThat(desk.assignment(ids.get(1))).isEqualTo(new ReviewDeskStore.Assignment(null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aReasonForTheWholeFormIsSetChangedAndRemovedPerVersion(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor, null));
    ApplicationStore applications = new ApplicationStore(jdbc);
    ReviewDeskStore desk = new ReviewDeskStore(jdbc);
    long app = store(applications, "APP-1", "30AU", "Citadel College", "2016-2017", ApplicationStatus.SUBMITTED, 0);
    long version = applications.version(app, 1).orElseThrow().id();
    String key = "N-APP-5 agreement: De overeenkomst regelt de klachten niet";
    desk.setFormReason(version, key, "Regel één.\nRegel twee.", "rev", T0);
    assertThat(desk.formReasons(version).get(key).reason()).isEqualTo("Regel één.\nRegel twee.");
    desk.setFormReason(version, key, "Anders.", "rev2", T0.plusHours(1));
    assertThat(desk.formReasons(version).values()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo("Anders.");
      assertThat(r.givenBy()).isEqualTo("rev2");
    });
    desk.setFormReason(version, key, null, "rev", T0);
    assertThat(desk.formReasons(version)).isEmpty();
  }

  /** V5 gives the applications stored before it the school's name of their newest version, for the search. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theMigrationFillsInTheSchoolNameOfTheNewestVersion(String vendor) {
    DataSource ds = fresh(vendor, "4");
    JdbcClient jdbc = JdbcClient.create(ds);
    ApplicationStore before = new ApplicationStore(jdbc);
    long app = before.insertApplication("APP-OLD", "00AH", "2017-2018", ApplicationStatus.SUBMITTED, T0);
    Result result = new Result(new Result.Subject("application", "APP-OLD", null, null), Verdict.COMPLIANT, LocalDate.of(2017, 2, 1),
        "EXP_2015", new RuleSetRef("2026.11.0", "abc"), List.of(), List.of(), List.of());
    before.insertVersion(new NewVersion(app, 1, "{\"applicant\":{\"school\":{\"name\":\"Oude Naam\"}}}".getBytes(StandardCharsets.UTF_8),
        "sha", result, "school", T0), List.of());
    before.insertVersion(new NewVersion(app, 2, "{\"applicant\":{\"school\":{\"name\":\" Het Stedelijk Alpha \"}}}"
        .getBytes(StandardCharsets.UTF_8), "sha", result, "school", T0), List.of());
    before.updateState(app, ApplicationStatus.SUBMITTED, 2, "2017-2018");
    long broken = before.insertApplication("APP-BROKEN", "00AH", "2017-2018", ApplicationStatus.SUBMITTED, T0);
    before.insertVersion(new NewVersion(broken, 1, "not json".getBytes(StandardCharsets.UTF_8), "sha", result, "school", T0), List.of());
    before.updateState(broken, ApplicationStatus.SUBMITTED, 1, "2017-2018");

    Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();

    assertThat(before.schoolName(app)).isEqualTo("Het Stedelijk Alpha");
    assertThat(before.schoolName(broken)).isNull();
    assertThat(new ReviewDeskStore(jdbc).worklist(query("stedelijk", Sort.ID, false, 0, 10)).rows()).extracting(Row::documentId)
        .containsExactly("APP-OLD");
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
