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
import nl.routetoets.persistence.ApplicationStore.DecisionRow;
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

  private static long storeApplication(ApplicationStore store, String id, String brin, String routeType, String verdict, byte[] doc) {
    long app = store.insertApplication(id, brin, "2016-2017", "SUBMITTED", NOW);
    store.insertVersion(new VersionRow(0, app, 1, doc, "sha", "{\"verdict\":\"" + verdict + "\"}", verdict, "2026.11.0", "abc",
        "school", NOW), List.of(new RouteRow("R1", routeType, verdict)));
    store.updateState(app, "SUBMITTED", 1, "2016-2017");
    return app;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aVersionKeepsItsBytesExactlyAndDecisionsAndQueueFiltersWork(String vendor) {
    ApplicationStore store = new ApplicationStore(JdbcClient.create(fresh(vendor).dataSource()));
    byte[] doc = "{ \"type\" : \"application\",\n  \"id\": \"APP-1\", \"name\": \"Scholengemeenschap 't Vlîet\" }\r\n"
        .getBytes(StandardCharsets.UTF_8);
    long a = storeApplication(store, "APP-1", "30AU", "VAKMANSCHAPSROUTE", "COMPLIANT", doc);
    storeApplication(store, "APP-2", "02QZ", "BEROEPSROUTE", "NON_COMPLIANT", "{}".getBytes(StandardCharsets.UTF_8));

    VersionRow v = store.version(a, 1).orElseThrow();
    assertThat(v.document()).isEqualTo(doc);
    assertThat(v.receivedAt().toInstant()).isEqualTo(NOW.toInstant());
    store.insertDecision(new DecisionRow(0, v.id(), "R1", "APPROVED", "voldoet", "[]", "{\"inputSha256\":\"sha\"}", "rev", NOW,
        LocalDate.of(2026, 3, 2)));
    assertThat(store.decisions(v.id())).singleElement().satisfies(d -> {
      assertThat(d.receipt()).isEqualTo("{\"inputSha256\":\"sha\"}");
      assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    });

    assertThat(store.queue(new QueueFilter(null, "BEROEPSROUTE", null, null, null, null))).extracting(r -> r.documentId())
        .containsExactly("APP-2");
    assertThat(store.queue(new QueueFilter(null, null, "COMPLIANT", null, null, null))).extracting(r -> r.documentId())
        .containsExactly("APP-1");
    assertThat(store.queue(new QueueFilter("2016-2017", null, null, "SUBMITTED", null, Set.of("02QZ"))))
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
    audit.append("rev", "DECISION_RECORDED", "application:APP-1", "route R1: APPROVED");
    assertThat(audit.list("application:APP-1", 10)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("rev");
      assertThat(e.at().toInstant()).isEqualTo(CLOCK.instant());
    });
    assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else'").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

    ApplicationStore store = new ApplicationStore(jdbc);
    long a = storeApplication(store, "APP-1", "30AU", "VAKMANSCHAPSROUTE", "COMPLIANT", new byte[] {'{', '}'});
    long v = store.version(a, 1).orElseThrow().id();
    store.insertDecision(new DecisionRow(0, v, "R1", "REJECTED", "nee", "[]", "{}", "rev", NOW, LocalDate.of(2026, 3, 2)));
    assertThatThrownBy(() -> jdbc.sql("update decision set outcome = 'APPROVED'").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThat(audit.list(null, 10)).hasSize(1);
    assertThat(store.decisions(v)).singleElement().satisfies(d -> assertThat(d.outcome()).isEqualTo("REJECTED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailedTransactionLeavesNothingHalfWritten(String vendor) {
    DataSource ds = fresh(vendor).dataSource();
    ApplicationStore store = new ApplicationStore(JdbcClient.create(ds));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      storeApplication(store, "APP-1", "30AU", "VAKMANSCHAPSROUTE", "COMPLIANT", new byte[] {'{', '}'});
      storeApplication(store, "APP-1", "30AU", "VAKMANSCHAPSROUTE", "COMPLIANT", new byte[] {'{', '}'}); // same id: refused
    })).isInstanceOf(DataAccessException.class);
    assertThat(store.findAll("APP-1")).isEmpty();
    assertThat(JdbcClient.create(ds).sql("select count(*) from application_version").query(Long.class).single()).isZero();
  }

  /** After the migrations an id is unique per school: two schools may use it, one school only once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anApplicationIdIsUniquePerSchool(String vendor) {
    ApplicationStore store = new ApplicationStore(JdbcClient.create(fresh(vendor).dataSource()));
    storeApplication(store, "APP-1", "30AU", "VAKMANSCHAPSROUTE", "COMPLIANT", new byte[] {'{', '}'});
    storeApplication(store, "APP-1", "04XU", "BEROEPSROUTE", "COMPLIANT", new byte[] {'{', '}'});
    assertThat(store.findAll("APP-1")).extracting(ApplicationStore.ApplicationRow::schoolBrin).containsExactly("30AU", "04XU");
    assertThat(store.find("04XU", "APP-1")).hasValueSatisfying(a -> assertThat(a.schoolBrin()).isEqualTo("04XU"));
    assertThatThrownBy(() -> store.insertApplication("APP-1", "30AU", "2016-2017", "SUBMITTED", NOW))
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
}
