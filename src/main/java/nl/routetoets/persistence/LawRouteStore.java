package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.routetoets.model.Codes.LawRouteKind;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.model.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * Routes under the structural law of 2020 as schools record them, and every save of each as received
 * with its check result. Like {@link ApplicationStore}: typed rows in and out, {@link Columns} converts,
 * and the caller's transaction makes a save whole or nothing.
 */
@Repository
public class LawRouteStore {
  /** A route with the fields of its newest version; {@code institutionBrin}, {@code kind} and {@code firstSchoolYear} null when not known. */
  public record RouteRow(
      long id, String routeId, String schoolBrin, String institutionBrin, LawRouteKind kind, String firstSchoolYear,
      int currentVersion, OffsetDateTime createdAt) {}

  /** The fields of a route that a version sets on its row: what the list filters and shows without reading documents. */
  public record RouteFields(String institutionBrin, LawRouteKind kind, String firstSchoolYear) {}

  /** A save as stored: {@code result} is the check result stored with it, as a JSON tree. */
  public record VersionRow(
      long id, long lawRouteId, int version, byte[] document, String documentSha256, JsonNode result, Verdict verdict,
      RuleSetRef ruleSet, String savedBy, OffsetDateTime savedAt) {}

  /** A save to store: the document exactly as received and its check result, whose verdict and rule set are stored beside it. */
  public record NewVersion(
      long lawRouteId, int version, byte[] document, String documentSha256, Result result, String savedBy, OffsetDateTime savedAt) {}

  /** One save of a route, for the list of its versions. */
  public record VersionSummary(int version, Verdict verdict, String savedBy, OffsetDateTime savedAt) {}

  /** The newest version of a route, for resolving a trajectory's {@code route.ref.route}. */
  public record Latest(String routeId, String schoolBrin, int version, byte[] document) {}

  /** List filters; null means "any". {@code onlyBrins} null: every school. */
  public record Filter(LawRouteKind kind, String firstSchoolYear, String brin, Verdict verdict, Collection<String> onlyBrins) {}

  /** A route of the list, with the verdict of its newest version. */
  public record Listed(RouteRow route, Verdict verdict, OffsetDateTime savedAt) {}

  private final JdbcClient jdbc;

  public LawRouteStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every school's route with this id, oldest first: ids are unique per school only. */
  public List<RouteRow> findAll(String routeId) {
    return jdbc.sql("select * from law_route where route_id = :r order by created_at, id").param("r", routeId)
        .query(LawRouteStore::route).list();
  }

  public Optional<RouteRow> find(String schoolBrin, String routeId) {
    return jdbc.sql("select * from law_route where school_brin = :b and route_id = :r")
        .param("b", schoolBrin).param("r", routeId).query(LawRouteStore::route).optional();
  }

  public long insertRoute(String routeId, String schoolBrin, RouteFields fields, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into law_route (route_id, school_brin, institution_brin, kind, first_school_year, current_version, created_at)"
            + " values (:r, :b, :i, :k, :y, 0, :at)")
        .param("r", routeId).param("b", schoolBrin).param("i", fields.institutionBrin()).param("k", Columns.text(fields.kind()))
        .param("y", fields.firstSchoolYear()).param("at", ApplicationStore.utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Makes {@code version} the route's current one, with the fields its document gives. */
  public void updateCurrent(long lawRouteId, int version, RouteFields fields) {
    jdbc.sql("update law_route set current_version = :v, institution_brin = :i, kind = :k, first_school_year = :y where id = :id")
        .param("v", version).param("i", fields.institutionBrin()).param("k", Columns.text(fields.kind()))
        .param("y", fields.firstSchoolYear()).param("id", lawRouteId).update();
  }

  public long insertVersion(NewVersion v) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into law_route_version (law_route_id, version, document, document_sha256, result, verdict,"
            + " rule_set_version, rule_set_sha256, saved_by, saved_at)"
            + " values (:r, :v, :doc, :sha, :result, :verdict, :rsv, :rss, :by, :at)")
        .param("r", v.lawRouteId()).param("v", v.version()).param("doc", v.document()).param("sha", v.documentSha256())
        .param("result", Columns.json(v.result())).param("verdict", Columns.text(v.result().verdict()))
        .param("rsv", v.result().ruleSet().version()).param("rss", v.result().ruleSet().sha256())
        .param("by", v.savedBy()).param("at", ApplicationStore.utc(v.savedAt()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** A route's versions, oldest first, without reading their documents and results. */
  public List<VersionSummary> versions(long lawRouteId) {
    return jdbc.sql("select version, verdict, saved_by, saved_at from law_route_version where law_route_id = :r order by version")
        .param("r", lawRouteId)
        .query((rs, n) -> new VersionSummary(rs.getInt("version"),
            Columns.read(Verdict.class, "law_route_version.verdict", rs.getString("verdict")), rs.getString("saved_by"),
            rs.getObject("saved_at", OffsetDateTime.class)))
        .list();
  }

  public Optional<VersionRow> version(long lawRouteId, int version) {
    return jdbc.sql("select * from law_route_version where law_route_id = :r and version = :v")
        .param("r", lawRouteId).param("v", version).query(LawRouteStore::version).optional();
  }

  /** The routes the filter lets through, oldest first, each with the verdict of its current version; every filter a bound parameter. */
  public List<Listed> list(Filter f) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (f.kind() != null) {
      where.add("r.kind = :kind");
      params.put("kind", Columns.text(f.kind()));
    }
    if (f.firstSchoolYear() != null) {
      where.add("r.first_school_year = :year");
      params.put("year", f.firstSchoolYear());
    }
    if (f.brin() != null) {
      where.add("(r.school_brin = :brin or r.institution_brin = :brin)");
      params.put("brin", f.brin());
    }
    if (f.onlyBrins() != null) {
      if (f.onlyBrins().isEmpty()) {
        return List.of();
      }
      where.add("r.school_brin in (:only)");
      params.put("only", List.copyOf(f.onlyBrins()));
    }
    if (f.verdict() != null) {
      where.add("v.verdict = :verdict");
      params.put("verdict", Columns.text(f.verdict()));
    }
    String sql = "select r.*, v.verdict as current_verdict, v.saved_at as current_saved_at from law_route r"
        + " join law_route_version v on v.law_route_id = r.id and v.version = r.current_version"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by r.created_at, r.id";
    return jdbc.sql(sql).params(params).query((rs, n) -> new Listed(route(rs, n),
        Columns.read(Verdict.class, "law_route_version.verdict", rs.getString("current_verdict")),
        rs.getObject("current_saved_at", OffsetDateTime.class))).list();
  }

  /** The newest version of each route with one of these ids, oldest route first; {@code onlyBrins} null: every school. */
  public List<Latest> latest(Collection<String> routeIds, Collection<String> onlyBrins) {
    if (routeIds.isEmpty() || (onlyBrins != null && onlyBrins.isEmpty())) {
      return List.of();
    }
    String sql = "select r.route_id, r.school_brin, v.version, v.document from law_route r"
        + " join law_route_version v on v.law_route_id = r.id and v.version = r.current_version"
        + " where r.route_id in (:ids)" + (onlyBrins == null ? "" : " and r.school_brin in (:only)")
        + " order by r.route_id, r.created_at, r.id";
    var spec = jdbc.sql(sql).param("ids", List.copyOf(routeIds));
    if (onlyBrins != null) {
      spec = spec.param("only", List.copyOf(onlyBrins));
    }
    return spec.query((rs, n) -> new Latest(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBytes(4))).list();
  }

  private static RouteRow route(ResultSet rs, int n) throws SQLException {
    return new RouteRow(rs.getLong("id"), rs.getString("route_id"), rs.getString("school_brin"), rs.getString("institution_brin"),
        Columns.read(LawRouteKind.class, "law_route.kind", rs.getString("kind")), rs.getString("first_school_year"),
        rs.getInt("current_version"), rs.getObject("created_at", OffsetDateTime.class));
  }

  private static VersionRow version(ResultSet rs, int n) throws SQLException {
    return new VersionRow(rs.getLong("id"), rs.getLong("law_route_id"), rs.getInt("version"), rs.getBytes("document"),
        rs.getString("document_sha256"), Columns.tree("law_route_version.result", rs.getString("result")),
        Columns.read(Verdict.class, "law_route_version.verdict", rs.getString("verdict")),
        new RuleSetRef(rs.getString("rule_set_version"), rs.getString("rule_set_sha256")), rs.getString("saved_by"),
        rs.getObject("saved_at", OffsetDateTime.class));
  }
}
