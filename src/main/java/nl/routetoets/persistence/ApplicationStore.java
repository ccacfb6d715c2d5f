package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.model.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * Applications, their versions as received, and the decisions on their routes. Rows come and go as
 * typed records; {@link Columns} turns their values into the stored text and back.
 */
@Repository
public class ApplicationStore {
  public record ApplicationRow(
      long id, String documentId, String schoolBrin, String startSchoolYear, ApplicationStatus status, int currentVersion,
      OffsetDateTime createdAt) {}

  /** A version as stored: {@code result} is the check result stored with it, as a JSON tree. */
  public record VersionRow(
      long id, long applicationId, int version, byte[] document, String documentSha256, JsonNode result, Verdict verdict,
      RuleSetRef ruleSet, String submittedBy, OffsetDateTime receivedAt) {}

  /** A version to store: the document exactly as received and its check result, whose verdict and rule set are stored beside it. */
  public record NewVersion(
      long applicationId, int version, byte[] document, String documentSha256, Result result, String submittedBy,
      OffsetDateTime receivedAt) {}

  /** {@code routeType} null when the document did not say. */
  public record RouteRow(String routeId, RouteType routeType, Verdict verdict) {}

  public record DecisionRow(
      long id, long versionId, String routeId, DecisionOutcome outcome, String motivation, List<Overrule> overrules,
      JsonNode receipt, String decidedBy, OffsetDateTime decidedAt, LocalDate decidedOn) {}

  /** Queue filters; null means "any". {@code onlyBrins} null: every school. */
  public record QueueFilter(
      String startSchoolYear, RouteType routeType, Verdict verdict, ApplicationStatus status, String brin,
      Collection<String> onlyBrins) {}

  /** An approved route with the version it was approved on. */
  public record ApprovedRoute(String schoolBrin, String documentId, int version, String routeId, byte[] document, LocalDate decidedOn) {}

  private final JdbcClient jdbc;

  public ApplicationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every school's application with this id, oldest first: ids are unique per school only. */
  public List<ApplicationRow> findAll(String documentId) {
    return jdbc.sql("select * from application where document_id = :d order by created_at, id").param("d", documentId)
        .query(ApplicationStore::application).list();
  }

  public Optional<ApplicationRow> find(String schoolBrin, String documentId) {
    return jdbc.sql("select * from application where school_brin = :b and document_id = :d")
        .param("b", schoolBrin).param("d", documentId).query(ApplicationStore::application).optional();
  }

  public long insertApplication(String documentId, String brin, String startSchoolYear, ApplicationStatus status, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into application (document_id, school_brin, start_school_year, status, current_version, created_at)"
            + " values (:d, :b, :y, :s, 0, :at)")
        .param("d", documentId).param("b", brin).param("y", startSchoolYear).param("s", Columns.text(status)).param("at", utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void updateState(long applicationId, ApplicationStatus status, int currentVersion, String startSchoolYear) {
    jdbc.sql("update application set status = :s, current_version = :v, start_school_year = :y where id = :id")
        .param("s", Columns.text(status)).param("v", currentVersion).param("y", startSchoolYear).param("id", applicationId).update();
  }

  public void updateStatus(long applicationId, ApplicationStatus status) {
    jdbc.sql("update application set status = :s where id = :id").param("s", Columns.text(status)).param("id", applicationId).update();
  }

  public long insertVersion(NewVersion v, List<RouteRow> routes) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into application_version (application_id, version, document, document_sha256, result, verdict,"
            + " rule_set_version, rule_set_sha256, submitted_by, received_at)"
            + " values (:a, :v, :doc, :sha, :result, :verdict, :rsv, :rss, :by, :at)")
        .param("a", v.applicationId()).param("v", v.version()).param("doc", v.document()).param("sha", v.documentSha256())
        .param("result", Columns.json(v.result())).param("verdict", Columns.text(v.result().verdict()))
        .param("rsv", v.result().ruleSet().version()).param("rss", v.result().ruleSet().sha256())
        .param("by", v.submittedBy()).param("at", utc(v.receivedAt()))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (RouteRow r : routes) {
      jdbc.sql("insert into version_route (version_id, route_id, route_type, verdict) values (:v, :r, :t, :verdict)")
          .param("v", id).param("r", r.routeId()).param("t", Columns.text(r.routeType()))
          .param("verdict", Columns.text(r.verdict())).update();
    }
    return id;
  }

  /** The numbers of an application's versions, oldest first (without reading their documents and results). */
  public List<Integer> versionNumbers(long applicationId) {
    return jdbc.sql("select version from application_version where application_id = :a order by version")
        .param("a", applicationId).query(Integer.class).list();
  }

  public Optional<VersionRow> version(long applicationId, int version) {
    return jdbc.sql("select * from application_version where application_id = :a and version = :v")
        .param("a", applicationId).param("v", version).query(ApplicationStore::version).optional();
  }

  public List<RouteRow> routes(long versionId) {
    return jdbc.sql("select route_id, route_type, verdict from version_route where version_id = :v order by route_id")
        .param("v", versionId)
        .query((rs, n) -> new RouteRow(rs.getString("route_id"), Columns.read(RouteType.class, "version_route.route_type",
            rs.getString("route_type")), Columns.read(Verdict.class, "version_route.verdict", rs.getString("verdict")))).list();
  }

  public List<DecisionRow> decisions(long versionId) {
    return jdbc.sql("select * from decision where version_id = :v order by route_id").param("v", versionId)
        .query(ApplicationStore::decision).list();
  }

  public long insertDecision(DecisionRow d) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into decision (version_id, route_id, outcome, motivation, overrules, receipt, decided_by, decided_at, decided_on)"
            + " values (:v, :r, :o, :m, :ov, :rc, :by, :at, :on)")
        .param("v", d.versionId()).param("r", d.routeId()).param("o", Columns.text(d.outcome())).param("m", d.motivation())
        .param("ov", Columns.json(d.overrules())).param("rc", Columns.json(d.receipt())).param("by", d.decidedBy())
        .param("at", utc(d.decidedAt()))
        .param("on", d.decidedOn())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The reviewer's queue, oldest first; every filter is a fixed SQL fragment with a bound parameter. */
  public List<ApplicationRow> queue(QueueFilter f) {
    List<String> where = new ArrayList<>();
    var params = new java.util.HashMap<String, Object>();
    if (f.startSchoolYear() != null) {
      where.add("a.start_school_year = :year");
      params.put("year", f.startSchoolYear());
    }
    if (f.status() != null) {
      where.add("a.status = :status");
      params.put("status", Columns.text(f.status()));
    }
    if (f.brin() != null) {
      where.add("a.school_brin = :brin");
      params.put("brin", f.brin());
    }
    if (f.onlyBrins() != null) {
      if (f.onlyBrins().isEmpty()) {
        return List.of();
      }
      where.add("a.school_brin in (:only)");
      params.put("only", List.copyOf(f.onlyBrins()));
    }
    if (f.verdict() != null) {
      where.add("v.verdict = :verdict");
      params.put("verdict", Columns.text(f.verdict()));
    }
    if (f.routeType() != null) {
      where.add("exists (select 1 from version_route r where r.version_id = v.id and r.route_type = :routeType)");
      params.put("routeType", Columns.text(f.routeType()));
    }
    String sql = "select a.* from application a join application_version v on v.application_id = a.id and v.version = a.current_version"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by a.created_at, a.id";
    return jdbc.sql(sql).params(params).query(ApplicationStore::application).list();
  }

  /** The approved routes of these applications, on the version they were approved on; {@code onlyBrins} null: every school. */
  public List<ApprovedRoute> approvedRoutes(Collection<String> documentIds, Collection<String> onlyBrins) {
    // a trajectory's reference to a route document (formats 1.1) names no application: there is nothing to look up for it
    List<String> ids = documentIds.stream().filter(java.util.Objects::nonNull).toList();
    if (ids.isEmpty() || (onlyBrins != null && onlyBrins.isEmpty())) {
      return List.of();
    }
    String sql = "select a.school_brin, a.document_id, v.version, d.route_id, v.document, d.decided_on from decision d"
        + " join application_version v on v.id = d.version_id join application a on a.id = v.application_id"
        + " where d.outcome = :approved and a.document_id in (:ids)" + (onlyBrins == null ? "" : " and a.school_brin in (:only)")
        + " order by a.document_id, a.school_brin, v.version, d.route_id";
    var spec = jdbc.sql(sql).param("approved", Columns.text(DecisionOutcome.APPROVED)).param("ids", ids);
    if (onlyBrins != null) {
      spec = spec.param("only", List.copyOf(onlyBrins));
    }
    return spec.query((rs, n) -> new ApprovedRoute(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBytes(5),
        rs.getObject(6, LocalDate.class)))
        .list();
  }

  /** The school's name as the newest version gives it (null: none given), cut to the column's size: the worklist searches it. */
  public void setSchoolName(long applicationId, String name) {
    String stored = name == null || name.isBlank() ? null : name.strip();
    if (stored != null && stored.length() > ReviewDeskStore.SCHOOL_NAME_LENGTH) {
      stored = stored.substring(0, ReviewDeskStore.SCHOOL_NAME_LENGTH);
    }
    jdbc.sql("update application set school_name = :n where id = :id").param("n", stored).param("id", applicationId).update();
  }

  /** The school's name the newest version gave (null: none). */
  public String schoolName(long applicationId) {
    List<String> names = jdbc.sql("select school_name from application where id = :id").param("id", applicationId)
        .query((rs, n) -> rs.getString(1)).list();
    return names.isEmpty() ? null : names.get(0);
  }

  private static ApplicationRow application(ResultSet rs, int n) throws SQLException {
    return new ApplicationRow(rs.getLong("id"), rs.getString("document_id"), rs.getString("school_brin"),
        rs.getString("start_school_year"), Columns.read(ApplicationStatus.class, "application.status", rs.getString("status")),
        rs.getInt("current_version"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  private static VersionRow version(ResultSet rs, int n) throws SQLException {
    return new VersionRow(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("version"), rs.getBytes("document"),
        rs.getString("document_sha256"), Columns.tree("application_version.result", rs.getString("result")),
        Columns.read(Verdict.class, "application_version.verdict", rs.getString("verdict")),
        new RuleSetRef(rs.getString("rule_set_version"), rs.getString("rule_set_sha256")), rs.getString("submitted_by"),
        rs.getObject("received_at", OffsetDateTime.class));
  }

  private static DecisionRow decision(ResultSet rs, int n) throws SQLException {
    return new DecisionRow(rs.getLong("id"), rs.getLong("version_id"), rs.getString("route_id"),
        Columns.read(DecisionOutcome.class, "decision.outcome", rs.getString("outcome")), rs.getString("motivation"),
        Columns.overrules("decision.overrules", rs.getString("overrules")), Columns.tree("decision.receipt", rs.getString("receipt")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("decided_on", LocalDate.class));
  }

  static OffsetDateTime utc(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
