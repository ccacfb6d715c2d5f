package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.routetoets.document.Json;
import nl.routetoets.model.Codes.LawRouteKind;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RouteResult;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.DecisionRow;
import nl.routetoets.persistence.ApplicationStore.NewVersion;
import nl.routetoets.persistence.ApplicationStore.QueueFilter;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The same storage tests on the embedded default (H2) and on a real PostgreSQL, each on a fresh schema from the migrations. */
class StorageTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
  private static final OffsetDateTime NOW = OffsetDateTime.now(CLOCK);

  record Db(String vendor, DataSource dataSource) {
    @Override
    public String toString() {
      return vendor;
    }
  }

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
  }

  private static Db fresh(String vendor) {
    String url = vendor.equals("h2")
        ? "jdbc:h2:mem:storage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
        : PostgresServer.shared().newDatabase("storage");
    DataSource ds = new DriverManagerDataSource(url);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
    return new Db(vendor, ds);
  }

  /** A check result with one route, as the checker gives it. */
  private static Result result(String id, Verdict verdict) {
    return new Result(new Result.Subject("application", id, null, null), verdict, LocalDate.of(2016, 3, 1), "EXP_2015",
        new RuleSetRef("2026.11.0", "abc"), List.of(new RouteResult("R1", verdict, List.of())), List.of(), List.of());
  }

  private static long storeApplication(ApplicationStore store, String id, String brin, RouteType routeType, Verdict verdict, byte[] doc) {
    long app = store.insertApplication(id, brin, "2016-2017", ApplicationStatus.SUBMITTED, NOW);
    store.insertVersion(new NewVersion(app, 1, doc, "sha", result(id, verdict), "school", NOW),
        List.of(new RouteRow("R1", routeType, verdict)));
    store.updateState(app, ApplicationStatus.SUBMITTED, 1, "2016-2017");
    return app;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aVersionKeepsItsBytesExactlyAndDecisionsAndQueueFiltersWork(String vendor) {
    ApplicationStore store = new ApplicationStore(JdbcClient.create(fresh(vendor).dataSource()));
    byte[] doc = "{ \"type\" : \"application\",\n  \"id\": \"APP-1\", \"name\": \"Scholengemeenschap 't Vlîet\" }\r\n"
        .getBytes(StandardCharsets.UTF_8);
    long a = storeApplication(store, "APP-1", "30AU", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT, doc);
    storeApplication(store, "APP-2", "02QZ", RouteType.BEROEPSROUTE, Verdict.NON_COMPLIANT, "{}".getBytes(StandardCharsets.UTF_8));

    VersionRow v = store.version(a, 1).orElseThrow();
    assertThat(v.document()).isEqualTo(doc);
    assertThat(v.receivedAt().toInstant()).isEqualTo(NOW.toInstant());
    store.insertDecision(new DecisionRow(0, v.id(), "R1", DecisionOutcome.APPROVED, "voldoet", List.of(),
        Json.MAPPER.readTree("{\"inputSha256\":\"sha\"}"), "rev", NOW, LocalDate.of(2026, 3, 2)));
    assertThat(store.decisions(v.id())).singleElement().satisfies(d -> {
      assertThat(d.receipt().toString()).isEqualTo("{\"inputSha256\":\"sha\"}");
      assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    });

    assertThat(store.queue(new QueueFilter(null, RouteType.BEROEPSROUTE, null, null, null, null))).extracting(r -> r.documentId())
        .containsExactly("APP-2");
    assertThat(store.queue(new QueueFilter(null, null, Verdict.COMPLIANT, null, null, null))).extracting(r -> r.documentId())
        .containsExactly("APP-1");
    assertThat(store.queue(new QueueFilter("2016-2017", null, null, ApplicationStatus.SUBMITTED, null, Set.of("02QZ"))))
        .extracting(r -> r.documentId()).containsExactly("APP-2");
    assertThat(store.queue(new QueueFilter(null, null, null, null, "30AU", Set.of("02QZ")))).isEmpty();
    assertThat(store.approvedRoutes(Set.of("APP-1", "APP-2"), null)).singleElement()
        .satisfies(r -> assertThat(r.routeId()).isEqualTo("R1"));
    assertThat(store.approvedRoutes(Set.of("APP-1"), Set.of("02QZ"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theDatabaseRefusesToChangeTheAuditLogOrADecision(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor).dataSource());
    AuditLog audit = new AuditLog(jdbc, CLOCK);
    audit.append("rev", AuditAction.DECISION_RECORDED, "application:APP-1", "route R1: APPROVED");
    assertThat(audit.list("application:APP-1", 10)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("rev");
      assertThat(e.at().toInstant()).isEqualTo(CLOCK.instant());
    });
    assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else'").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

    ApplicationStore store = new ApplicationStore(jdbc);
    long a = storeApplication(store, "APP-1", "30AU", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT, new byte[] {'{', '}'});
    long v = store.version(a, 1).orElseThrow().id();
    store.insertDecision(new DecisionRow(0, v, "R1", DecisionOutcome.REJECTED, "nee", List.of(), Json.MAPPER.readTree("{}"), "rev", NOW,
        LocalDate.of(2026, 3, 2)));
    assertThatThrownBy(() -> jdbc.sql("update decision set outcome = 'APPROVED'").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThat(audit.list(null, 10)).hasSize(1);
    assertThat(store.decisions(v)).singleElement().satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.REJECTED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailedTransactionLeavesNothingHalfWritten(String vendor) {
    DataSource ds = fresh(vendor).dataSource();
    ApplicationStore store = new ApplicationStore(JdbcClient.create(ds));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      storeApplication(store, "APP-1", "30AU", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT, new byte[] {'{', '}'});
      storeApplication(store, "APP-1", "30AU", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT, new byte[] {'{', '}'}); // same id: refused
    })).isInstanceOf(DataAccessException.class);
    assertThat(store.findAll("APP-1")).isEmpty();
    assertThat(JdbcClient.create(ds).sql("select count(*) from application_version").query(Long.class).single()).isZero();
  }

  /** After the migrations an id is unique per school: two schools may use it, one school only once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anApplicationIdIsUniquePerSchool(String vendor) {
    ApplicationStore store = new ApplicationStore(JdbcClient.create(fresh(vendor).dataSource()));
    storeApplication(store, "APP-1", "30AU", RouteType.VAKMANSCHAPSROUTE, Verdict.COMPLIANT, new byte[] {'{', '}'});
    storeApplication(store, "APP-1", "04XU", RouteType.BEROEPSROUTE, Verdict.COMPLIANT, new byte[] {'{', '}'});
    assertThat(store.findAll("APP-1")).extracting(ApplicationStore.ApplicationRow::schoolBrin).containsExactly("30AU", "04XU");
    assertThat(store.find("04XU", "APP-1")).hasValueSatisfying(a -> assertThat(a.schoolBrin()).isEqualTo("04XU"));
    assertThatThrownBy(() -> store.insertApplication("APP-1", "30AU", "2016-2017", ApplicationStatus.SUBMITTED, NOW))
        .isInstanceOf(DataAccessException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void accountsKeepTheirRoleAndBrins(String vendor) {
    AccountStore accounts = new AccountStore(JdbcClient.create(fresh(vendor).dataSource()));
    accounts.insert("school", "{bcrypt}hash", "SCHOOL", List.of("30AU", "02QZ"), NOW);
    assertThat(accounts.find("school")).hasValueSatisfying(a -> {
      assertThat(a.brins()).containsExactly("02QZ", "30AU");
      assertThat(a.enabled()).isTrue();
    });
    assertThat(accounts.setEnabled("school", false)).isTrue();
    assertThat(accounts.setEnabled("nobody", false)).isFalse();
    assertThat(accounts.find("school").orElseThrow().enabled()).isFalse();
  }

  /** A check result as the service stored it before the rows had types: the text the store must keep writing. */
  private static final String RESULT_TEXT = "{\"subject\":{\"type\":\"application\",\"id\":\"APP-1\"},\"verdict\":\"NON_COMPLIANT\","
      + "\"asOf\":\"2016-03-01\",\"regime\":\"EXP_2015\",\"ruleSet\":{\"version\":\"2026.11.0\",\"sha256\":\"abc\"},"
      + "\"routes\":[{\"routeId\":\"R1\",\"verdict\":\"NON_COMPLIANT\",\"findings\":[]}],\"findings\":[]}";
  private static final String OVERRULES_TEXT = "[{\"norm\":\"N-DUR-1\",\"path\":\"routes[0].design.years\",\"rule\":\"Studieduur\","
      + "\"reason\":\"reden\"}]";
  private static final String RECEIPT_TEXT = "{\"inputSha256\":\"sha\",\"verdict\":\"NON_COMPLIANT\"}";
  private static final Overrule OVERRULE = new Overrule("N-DUR-1", "routes[0].design.years", "Studieduur", "reden");

  private static long rawApplication(JdbcClient jdbc, String status) {
    jdbc.sql("insert into application (document_id, school_brin, start_school_year, status, current_version, created_at)"
        + " values ('APP-1', '30AU', '2016-2017', :s, 1, :at)").param("s", status).param("at", NOW).update();
    return jdbc.sql("select id from application").query(Long.class).single();
  }

  private static long rawVersion(JdbcClient jdbc, long app, int version, String verdict) {
    jdbc.sql("insert into application_version (application_id, version, document, document_sha256, result, verdict,"
            + " rule_set_version, rule_set_sha256, submitted_by, received_at)"
            + " values (:a, :n, :doc, 'sha', :result, :verdict, '2026.11.0', 'abc', 'school', :at)")
        .param("a", app).param("n", version).param("doc", "{}".getBytes(StandardCharsets.UTF_8)).param("result", RESULT_TEXT)
        .param("verdict", verdict).param("at", NOW).update();
    return jdbc.sql("select id from application_version where application_id = :a and version = :n").param("a", app).param("n", version)
        .query(Long.class).single();
  }

  private static void rawRoute(JdbcClient jdbc, long version, String routeId, String routeType, String verdict) {
    jdbc.sql("insert into version_route (version_id, route_id, route_type, verdict) values (:v, :r, :t, :verdict)")
        .param("v", version).param("r", routeId).param("t", routeType).param("verdict", verdict).update();
  }

  private static void rawDecision(JdbcClient jdbc, long version, String routeId, String outcome, String overrules, String receipt) {
    jdbc.sql("insert into decision (version_id, route_id, outcome, motivation, overrules, receipt, decided_by, decided_at, decided_on)"
            + " values (:v, :r, :o, 'motivering', :ov, :rc, 'rev', :at, :on)")
        .param("v", version).param("r", routeId).param("o", outcome).param("ov", overrules).param("rc", receipt).param("at", NOW)
        .param("on", LocalDate.of(2026, 3, 2)).update();
  }

  private static void rawAudit(JdbcClient jdbc, String action) {
    jdbc.sql("insert into audit_log (at, actor, action, object_id, details) values (:at, 'rev', :action, 'application:30AU/APP-1', null)")
        .param("at", NOW).param("action", action).update();
  }

  /** Rows as the store wrote them when they held plain text read back with their types, and the typed filters find them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void rowsWrittenAsPlainTextReadBackTyped(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor).dataSource());
    long app = rawApplication(jdbc, "RETURNED");
    long version = rawVersion(jdbc, app, 1, "NON_COMPLIANT");
    rawRoute(jdbc, version, "R1", "BEROEPSROUTE", "NON_COMPLIANT");
    rawRoute(jdbc, version, "R2", null, "COMPLIANT");
    rawDecision(jdbc, version, "R1", "RETURNED", OVERRULES_TEXT, RECEIPT_TEXT);
    rawDecision(jdbc, version, "R2", "APPROVED", "[]", "{}");
    rawAudit(jdbc, "DECISION_RECORDED");

    ApplicationStore store = new ApplicationStore(jdbc);
    assertThat(store.find("30AU", "APP-1")).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.RETURNED));
    VersionRow v = store.version(app, 1).orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(v.ruleSet()).isEqualTo(new RuleSetRef("2026.11.0", "abc"));
    assertThat(v.result()).isEqualTo(Json.MAPPER.readTree(RESULT_TEXT));
    assertThat(store.routes(version)).containsExactly(new RouteRow("R1", RouteType.BEROEPSROUTE, Verdict.NON_COMPLIANT),
        new RouteRow("R2", null, Verdict.COMPLIANT));
    assertThat(store.decisions(version)).extracting(DecisionRow::outcome)
        .containsExactly(DecisionOutcome.RETURNED, DecisionOutcome.APPROVED);
    assertThat(store.decisions(version).get(0).overrules()).containsExactly(OVERRULE);
    assertThat(store.decisions(version).get(0).receipt()).isEqualTo(Json.MAPPER.readTree(RECEIPT_TEXT));
    assertThat(new AuditLog(jdbc, CLOCK).list(null, 10)).extracting(AuditLog.Entry::action).containsExactly(AuditAction.DECISION_RECORDED);

    assertThat(store.queue(new QueueFilter(null, RouteType.BEROEPSROUTE, Verdict.NON_COMPLIANT, ApplicationStatus.RETURNED, null, null)))
        .extracting(ApplicationRow::documentId).containsExactly("APP-1");
    assertThat(store.queue(new QueueFilter(null, null, null, ApplicationStatus.DECIDED, null, null))).isEmpty();
    assertThat(store.approvedRoutes(Set.of("APP-1"), null)).extracting(ApplicationStore.ApprovedRoute::routeId).containsExactly("R2");
  }

  /**
   * What the typed rows write is the text written before they had types, value for value: renaming an
   * enum constant would change stored data, and this says so.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyTypedValueIsStoredAsTheTextItWasStoredAsBefore(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor).dataSource());
    ApplicationStore store = new ApplicationStore(jdbc);
    long app = store.insertApplication("APP-1", "30AU", "2016-2017", ApplicationStatus.SUBMITTED, NOW);
    List<String> statuses = new java.util.ArrayList<>();
    for (ApplicationStatus s : ApplicationStatus.values()) {
      store.updateStatus(app, s);
      statuses.add(jdbc.sql("select status from application").query(String.class).single());
    }
    assertThat(statuses).containsExactly("SUBMITTED", "IN_REVIEW", "RETURNED", "DECIDED");

    List<RouteRow> routes = new java.util.ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      routes.add(new RouteRow("V-" + verdict.ordinal(), null, verdict));
    }
    for (RouteType type : RouteType.values()) {
      routes.add(new RouteRow("T-" + type.ordinal(), type, Verdict.COMPLIANT));
    }
    long version = store.insertVersion(new NewVersion(app, 1, "{}".getBytes(StandardCharsets.UTF_8), "sha",
        result("APP-1", Verdict.NON_COMPLIANT), "school", NOW), routes);
    assertThat(jdbc.sql("select result, verdict, rule_set_version, rule_set_sha256 from application_version").query().singleRow())
        .containsEntry(key(vendor, "result"), RESULT_TEXT).containsEntry(key(vendor, "verdict"), "NON_COMPLIANT")
        .containsEntry(key(vendor, "rule_set_version"), "2026.11.0").containsEntry(key(vendor, "rule_set_sha256"), "abc");
    assertThat(jdbc.sql("select verdict from version_route where route_id like 'V-%' order by route_id").query(String.class).list())
        .containsExactly("COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT", "INVALID", "ERROR");
    assertThat(jdbc.sql("select route_type from version_route where route_id like 'T-%' order by route_id").query(String.class).list())
        .containsExactly("VAKMANSCHAPSROUTE", "BEROEPSROUTE", "TECHNOLOGIEROUTE");
    assertThat(jdbc.sql("select count(*) from version_route where route_type is null").query(Long.class).single()).isEqualTo(5);

    for (DecisionOutcome outcome : DecisionOutcome.values()) {
      store.insertDecision(new DecisionRow(0, version, "R-" + outcome.ordinal(), outcome, "motivering", List.of(OVERRULE),
          Json.MAPPER.readTree(RECEIPT_TEXT), "rev", NOW, LocalDate.of(2026, 3, 2)));
    }
    assertThat(jdbc.sql("select outcome from decision order by route_id").query(String.class).list())
        .containsExactly("APPROVED", "REJECTED", "RETURNED");
    assertThat(jdbc.sql("select overrules from decision").query(String.class).list()).containsOnly(OVERRULES_TEXT);
    assertThat(jdbc.sql("select receipt from decision").query(String.class).list()).containsOnly(RECEIPT_TEXT);

    AuditLog audit = new AuditLog(jdbc, CLOCK);
    for (AuditAction action : AuditAction.values()) {
      audit.append("rev", action, "application:30AU/APP-1", null);
    }
    assertThat(jdbc.sql("select action from audit_log order by id").query(String.class).list()).containsExactly(
        "APPLICATION_SUBMITTED", "VERSION_SUBMITTED", "DECISION_RECORDED", "RULE_SET_RELOADED", "RULE_SET_RELOAD_REFUSED",
        "REPORT_STARTED", "REPORT_FINISHED", "REPORT_FAILED", "REPORT_CANCELLED", "ACCOUNT_CREATED", "ACCOUNT_ENABLED",
        "ACCOUNT_DISABLED", "ACCOUNT_ROLE_CHANGED", "ACCOUNT_PASSWORD_SET", "ACCOUNT_DELETED", "ROUTE_RECORDED",
        "ROUTE_VERSION_RECORDED", "APPROVAL_CARRIED_OVER", "APPROVAL_NOT_CARRIED_OVER", "VERSION_DIALOGUE");
  }

  /** H2 names the columns of a row map in upper case, PostgreSQL in lower case. */
  private static String key(String vendor, String column) {
    return vendor.equals("h2") ? column.toUpperCase(java.util.Locale.ROOT) : column;
  }

  /** A status, verdict, outcome or action no type knows, or a JSON column that is not its JSON, is an error naming the column. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aStoredValueItsTypeDoesNotKnowIsAnErrorNamingColumnAndValue(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor).dataSource());
    ApplicationStore store = new ApplicationStore(jdbc);
    long app = rawApplication(jdbc, "ON_HOLD");
    assertThatThrownBy(() -> store.find("30AU", "APP-1")).isInstanceOf(UnreadableRowException.class)
        .hasMessage("application.status holds \"ON_HOLD\", which is none of SUBMITTED, IN_REVIEW, RETURNED, DECIDED");
    rawVersion(jdbc, app, 1, "GOOD");
    assertThatThrownBy(() -> store.version(app, 1)).isInstanceOf(UnreadableRowException.class)
        .hasMessageStartingWith("application_version.verdict holds \"GOOD\", which is none of COMPLIANT, NEEDS_REVIEW");

    long version = rawVersion(jdbc, app, 2, "COMPLIANT");
    rawRoute(jdbc, version, "R1", "ZIJROUTE", "COMPLIANT");
    assertThatThrownBy(() -> store.routes(version)).isInstanceOf(UnreadableRowException.class)
        .hasMessageStartingWith("version_route.route_type holds \"ZIJROUTE\"");
    rawDecision(jdbc, version, "R1", "MAYBE", "[]", "{}");
    assertThatThrownBy(() -> store.decisions(version)).isInstanceOf(UnreadableRowException.class)
        .hasMessage("decision.outcome holds \"MAYBE\", which is none of APPROVED, REJECTED, RETURNED");

    long other = rawVersion(jdbc, app, 3, "COMPLIANT");
    rawDecision(jdbc, other, "R1", "APPROVED", "{\"norm\":\"N-DUR-1\"}", "{}");
    assertThatThrownBy(() -> store.decisions(other)).isInstanceOf(UnreadableRowException.class)
        .hasMessageStartingWith("decision.overrules does not hold a JSON array of overrules");
    long third = rawVersion(jdbc, app, 4, "COMPLIANT");
    rawDecision(jdbc, third, "R1", "APPROVED", "[]", "{\"inputSha256\":");
    assertThatThrownBy(() -> store.decisions(third)).isInstanceOf(UnreadableRowException.class)
        .hasMessageStartingWith("decision.receipt does not hold valid JSON");

    rawAudit(jdbc, "APPLICATION_DELETED");
    assertThatThrownBy(() -> new AuditLog(jdbc, CLOCK).list(null, 10)).isInstanceOf(UnreadableRowException.class)
        .hasMessageStartingWith("audit_log.action holds \"APPLICATION_DELETED\", which is none of APPLICATION_SUBMITTED");
  }

  /** A check result of a route document under the law, as the checker gives it: top-level findings only. */
  private static Result lawResult(String id, Verdict verdict) {
    return new Result(new Result.Subject("route", id, null, null), verdict, LocalDate.of(2021, 9, 15), "LAW_2020",
        new RuleSetRef("2026.11.0", "abc"), List.of(), List.of(), List.of());
  }

  private static final LawRouteStore.RouteFields DLR = new LawRouteStore.RouteFields("25PZ", LawRouteKind.DLR, "2021-2022");

  private static long storeLawRoute(LawRouteStore store, String id, String brin, LawRouteStore.RouteFields fields, Verdict verdict, byte[] doc) {
    long route = store.insertRoute(id, brin, fields, NOW);
    store.insertVersion(new LawRouteStore.NewVersion(route, 1, doc, "sha", lawResult(id, verdict), "school", NOW));
    store.updateCurrent(route, 1, fields);
    return route;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRouteUnderTheLawKeepsEverySaveExactlyAndTheListAndReferencesSeeTheNewest(String vendor) {
    LawRouteStore store = new LawRouteStore(JdbcClient.create(fresh(vendor).dataSource()));
    byte[] v1 = "{ \"type\" : \"route\",\n  \"id\": \"DLR-1\", \"name\": \"Scholengemeenschap 't Vlîet\" }\r\n"
        .getBytes(StandardCharsets.UTF_8);
    long r = storeLawRoute(store, "DLR-1", "02QZ", DLR, Verdict.COMPLIANT, v1);
    storeLawRoute(store, "GLR-1", "04XU", new LawRouteStore.RouteFields(null, LawRouteKind.GLR, null), Verdict.NEEDS_REVIEW,
        "{}".getBytes(StandardCharsets.UTF_8));
    byte[] v2 = "{\"type\":\"route\",\"id\":\"DLR-1\"}".getBytes(StandardCharsets.UTF_8);
    LawRouteStore.RouteFields moved = new LawRouteStore.RouteFields("26PZ", LawRouteKind.DLR, "2022-2023");
    store.insertVersion(new LawRouteStore.NewVersion(r, 2, v2, "sha2", lawResult("DLR-1", Verdict.NON_COMPLIANT), "school2",
        NOW.plusDays(1)));
    store.updateCurrent(r, 2, moved);

    assertThat(store.version(r, 1).orElseThrow().document()).isEqualTo(v1);
    assertThat(store.version(r, 1).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
    LawRouteStore.VersionRow newest = store.version(r, 2).orElseThrow();
    assertThat(newest.document()).isEqualTo(v2);
    assertThat(newest.savedBy()).isEqualTo("school2");
    assertThat(newest.savedAt().toInstant()).isEqualTo(NOW.plusDays(1).toInstant());
    assertThat(newest.result().path("regime").asString()).isEqualTo("LAW_2020");
    assertThat(store.versions(r)).extracting(LawRouteStore.VersionSummary::verdict).containsExactly(Verdict.COMPLIANT, Verdict.NON_COMPLIANT);
    assertThat(store.find("02QZ", "DLR-1")).hasValueSatisfying(row -> {
      assertThat(row.currentVersion()).isEqualTo(2);
      assertThat(row.institutionBrin()).isEqualTo("26PZ");
      assertThat(row.firstSchoolYear()).isEqualTo("2022-2023");
    });

    assertThat(store.list(new LawRouteStore.Filter(null, null, null, null, null))).extracting(l -> l.route().routeId())
        .containsExactly("DLR-1", "GLR-1");
    assertThat(store.list(new LawRouteStore.Filter(LawRouteKind.GLR, null, null, null, null))).extracting(l -> l.route().routeId())
        .containsExactly("GLR-1");
    assertThat(store.list(new LawRouteStore.Filter(null, "2022-2023", "26PZ", Verdict.NON_COMPLIANT, null)))
        .singleElement().satisfies(l -> assertThat(l.verdict()).isEqualTo(Verdict.NON_COMPLIANT));
    assertThat(store.list(new LawRouteStore.Filter(null, null, null, Verdict.COMPLIANT, null))).isEmpty();
    assertThat(store.list(new LawRouteStore.Filter(null, null, null, null, Set.of("04XU")))).extracting(l -> l.route().routeId())
        .containsExactly("GLR-1");
    assertThat(store.list(new LawRouteStore.Filter(null, null, null, null, Set.of()))).isEmpty();

    assertThat(store.latest(Set.of("DLR-1", "GLR-1", "NONE-1"), null)).extracting(LawRouteStore.Latest::version).containsExactly(2, 1);
    assertThat(store.latest(Set.of("DLR-1"), null)).singleElement().satisfies(l -> assertThat(l.document()).isEqualTo(v2));
    assertThat(store.latest(Set.of("DLR-1"), Set.of("04XU"))).isEmpty();
  }

  /** Like application ids, a route's id is unique per school: two schools may use it, one school only once; a save is one version once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRouteIdIsUniquePerSchoolAndAVersionNumberPerRoute(String vendor) {
    LawRouteStore store = new LawRouteStore(JdbcClient.create(fresh(vendor).dataSource()));
    long r = storeLawRoute(store, "DLR-1", "02QZ", DLR, Verdict.COMPLIANT, new byte[] {'{', '}'});
    storeLawRoute(store, "DLR-1", "04XU", DLR, Verdict.COMPLIANT, new byte[] {'{', '}'});
    assertThat(store.findAll("DLR-1")).extracting(LawRouteStore.RouteRow::schoolBrin).containsExactly("02QZ", "04XU");
    assertThatThrownBy(() -> store.insertRoute("DLR-1", "02QZ", DLR, NOW)).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> store.insertVersion(new LawRouteStore.NewVersion(r, 1, new byte[] {'{', '}'}, "sha",
        lawResult("DLR-1", Verdict.COMPLIANT), "school", NOW))).isInstanceOf(DataAccessException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailedSaveOfARouteLeavesNothingHalfWritten(String vendor) {
    DataSource ds = fresh(vendor).dataSource();
    LawRouteStore store = new LawRouteStore(JdbcClient.create(ds));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      long r = store.insertRoute("DLR-1", "02QZ", DLR, NOW);
      store.insertVersion(new LawRouteStore.NewVersion(r, 1, new byte[] {'{', '}'}, "sha", lawResult("DLR-1", Verdict.COMPLIANT),
          "school", NOW));
      store.insertVersion(new LawRouteStore.NewVersion(r, 1, new byte[] {'{', '}'}, "sha", lawResult("DLR-1", Verdict.COMPLIANT),
          "school", NOW)); // the same version twice: refused
    })).isInstanceOf(DataAccessException.class);
    assertThat(store.findAll("DLR-1")).isEmpty();
    assertThat(JdbcClient.create(ds).sql("select count(*) from law_route_version").query(Long.class).single()).isZero();
  }

  /** A route's kind and verdict are stored by name, and a stored name no type knows is an error naming the column. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRoutesKindIsStoredByNameAndAnUnknownOneIsAnErrorNamingTheColumn(String vendor) {
    JdbcClient jdbc = JdbcClient.create(fresh(vendor).dataSource());
    LawRouteStore store = new LawRouteStore(jdbc);
    for (LawRouteKind kind : LawRouteKind.values()) {
      storeLawRoute(store, kind + "-1", "02QZ", new LawRouteStore.RouteFields(null, kind, null), Verdict.COMPLIANT, new byte[] {'{', '}'});
    }
    assertThat(jdbc.sql("select kind from law_route order by id").query(String.class).list()).containsExactly("DLR", "GLR");
    assertThat(jdbc.sql("select verdict from law_route_version").query(String.class).list()).containsOnly("COMPLIANT");
    jdbc.sql("update law_route set kind = 'KLR' where route_id = 'GLR-1'").update();
    assertThatThrownBy(() -> store.find("02QZ", "GLR-1")).isInstanceOf(UnreadableRowException.class)
        .hasMessage("law_route.kind holds \"KLR\", which is none of DLR, GLR");
  }
}
