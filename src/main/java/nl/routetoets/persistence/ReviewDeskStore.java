package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviewer's desk: the worklist (search, filters, sorting and paging in SQL, with each application's decision
 * term), who an application is assigned to, the school's name for the search, and the reasons a reviewer gives once
 * for the findings about an application as a whole. Every value reaches SQL as a bound parameter; the sort column
 * and the filters are fixed fragments chosen from enums.
 */
@Repository
public class ReviewDeskStore {
  /** The size of {@code application.school_name} (V5). */
  public static final int SCHOOL_NAME_LENGTH = 300;

  /** What the worklist can be sorted on. */
  public enum Sort {
    TERM("w.decision_by"),
    RECEIVED("w.created_at"),
    ID("lower(w.document_id)"),
    SCHOOL("lower(coalesce(w.school_name, w.school_brin))"),
    YEAR("w.start_school_year"),
    // the order of the workflow, not of the codes' spelling
    STATUS("case w.status when 'SUBMITTED' then 1 when 'IN_REVIEW' then 2 when 'RETURNED' then 3 else 4 end"),
    ASSIGNEE("lower(w.assigned_to)");

    private final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  /** Applications by their decision term, on a day: still open and due from that day to the week's end, or already past it. */
  public enum Due { ANY, THIS_WEEK, OVERDUE }

  /**
   * A worklist query. Null filters mean "any". {@code search}: part of the id, the school's name or its BRIN, in
   * any case. {@code assignee}: null any, "" nobody, else the account's name. {@code onlyBrins} null: every school.
   * {@code terms}: the decision term of each start school year (the rule set's parameters); {@code today} and
   * {@code weekEnd} bound {@link Due}.
   */
  public record Query(
      String search, String startSchoolYear, RouteType routeType, Verdict verdict, ApplicationStatus status, String brin,
      Collection<String> onlyBrins, String assignee, Due due, SortedMap<String, LocalDate> terms, LocalDate today, LocalDate weekEnd,
      Sort sort, boolean descending, int offset, int limit) {}

  /** One application of the worklist, with its current version's verdict and its decision term (null: none known). */
  public record Row(
      long id, String documentId, String schoolBrin, String schoolName, String startSchoolYear, ApplicationStatus status,
      int currentVersion, long versionId, Verdict verdict, OffsetDateTime createdAt, String assignedTo, OffsetDateTime assignedAt,
      LocalDate decisionBy, List<RouteRow> routes) {}

  public record Page(List<Row> rows, int total) {}

  /** A reason for a finding about the whole application, given once for a version. */
  public record FormReason(String findingKey, String reason, String givenBy, OffsetDateTime givenAt) {}

  private static final List<String> OPEN = List.of(ApplicationStatus.SUBMITTED.name(), ApplicationStatus.IN_REVIEW.name());

  private final JdbcClient jdbc;

  public ReviewDeskStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the worklist and how many applications the query finds in all. */
  public Page worklist(Query q) {
    Map<String, Object> params = new HashMap<>();
    String from = from(q, params);
    int total = jdbc.sql("select count(*) " + from).params(params).query(Integer.class).single();
    if (total == 0 || q.limit() <= 0) {
      return new Page(List.of(), total);
    }
    String direction = q.descending() ? " desc" : " asc";
    String sql = "select w.* " + from + " order by " + q.sort().sql + direction + " nulls last, w.created_at, w.id"
        + " limit :limit offset :offset";
    params.put("limit", q.limit());
    params.put("offset", Math.max(0, q.offset()));
    List<Row> rows = jdbc.sql(sql).params(params).query(ReviewDeskStore::row).list();
    return new Page(withRoutes(rows), total);
  }

  /** How many applications the query finds (its sorting and paging aside). */
  public int count(Query q) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select count(*) " + from(q, params)).params(params).query(Integer.class).single();
  }

  /** The {@code from ... where ...} of a worklist query; its parameters go into {@code params}. */
  private static String from(Query q, Map<String, Object> params) {
    StringBuilder term = new StringBuilder();
    if (q.terms() == null || q.terms().isEmpty()) {
      term.append("cast(null as date)");
    } else {
      term.append("case a.start_school_year");
      int i = 0;
      for (Map.Entry<String, LocalDate> t : q.terms().entrySet()) {
        term.append(" when :ty").append(i).append(" then cast(:td").append(i).append(" as date)");
        params.put("ty" + i, t.getKey());
        params.put("td" + i, t.getValue());
        i++;
      }
      term.append(" else cast(null as date) end");
    }
    String inner = "select a.id, a.document_id, a.school_brin, a.school_name, a.start_school_year, a.status, a.current_version,"
        + " a.created_at, a.assigned_to, a.assigned_at, v.id as version_id, v.verdict, " + term + " as decision_by"
        + " from application a join application_version v on v.application_id = a.id and v.version = a.current_version";
    List<String> where = new ArrayList<>();
    if (q.search() != null && !q.search().isBlank()) {
      where.add("(lower(w.document_id) like :q escape '!' or lower(coalesce(w.school_name, '')) like :q escape '!'"
          + " or lower(w.school_brin) like :q escape '!')");
      params.put("q", "%" + likeEscaped(q.search().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (q.startSchoolYear() != null) {
      where.add("w.start_school_year = :year");
      params.put("year", q.startSchoolYear());
    }
    if (q.status() != null) {
      where.add("w.status = :status");
      params.put("status", Columns.text(q.status()));
    }
    if (q.brin() != null) {
      where.add("w.school_brin = :brin");
      params.put("brin", q.brin());
    }
    if (q.onlyBrins() != null) {
      if (q.onlyBrins().isEmpty()) {
        where.add("1 = 0");
      } else {
        where.add("w.school_brin in (:only)");
        params.put("only", List.copyOf(q.onlyBrins()));
      }
    }
    if (q.verdict() != null) {
      where.add("w.verdict = :verdict");
      params.put("verdict", Columns.text(q.verdict()));
    }
    if (q.routeType() != null) {
      where.add("exists (select 1 from version_route r where r.version_id = w.version_id and r.route_type = :routeType)");
      params.put("routeType", Columns.text(q.routeType()));
    }
    if (q.assignee() != null) {
      if (q.assignee().isEmpty()) {
        where.add("w.assigned_to is null");
      } else {
        where.add("w.assigned_to = :assignee");
        params.put("assignee", q.assignee());
      }
    }
    if (q.due() == Due.THIS_WEEK) {
      where.add("w.status in (:open) and w.decision_by >= :today and w.decision_by <= :weekEnd");
      params.put("open", OPEN);
      params.put("today", q.today());
      params.put("weekEnd", q.weekEnd());
    } else if (q.due() == Due.OVERDUE) {
      where.add("w.status in (:open) and w.decision_by < :today");
      params.put("open", OPEN);
      params.put("today", q.today());
    }
    return "from (" + inner + ") w" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
  }

  /** A search text with LIKE's wildcards and the escape character taken literally. */
  static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private List<Row> withRoutes(List<Row> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<Long> versions = rows.stream().map(Row::versionId).toList();
    Map<Long, List<RouteRow>> routes = new LinkedHashMap<>();
    jdbc.sql("select version_id, route_id, route_type, verdict from version_route where version_id in (:v) order by version_id, route_id")
        .param("v", versions)
        .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
            routes.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(new RouteRow(rs.getString("route_id"),
                Columns.read(RouteType.class, "version_route.route_type", rs.getString("route_type")),
                Columns.read(Verdict.class, "version_route.verdict", rs.getString("verdict")))));
    return rows.stream().map(r -> new Row(r.id(), r.documentId(), r.schoolBrin(), r.schoolName(), r.startSchoolYear(), r.status(),
        r.currentVersion(), r.versionId(), r.verdict(), r.createdAt(), r.assignedTo(), r.assignedAt(), r.decisionBy(),
        List.copyOf(routes.getOrDefault(r.versionId(), List.of())))).toList();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("document_id"), rs.getString("school_brin"), rs.getString("school_name"),
        rs.getString("start_school_year"), Columns.read(ApplicationStatus.class, "application.status", rs.getString("status")),
        rs.getInt("current_version"), rs.getLong("version_id"),
        Columns.read(Verdict.class, "application_version.verdict", rs.getString("verdict")),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("assigned_to"), rs.getObject("assigned_at", OffsetDateTime.class),
        rs.getObject("decision_by", LocalDate.class), List.of());
  }

  /** Who an application is assigned to, and since when; both null when nobody. */
  public record Assignment(String assignedTo, OffsetDateTime assignedAt) {}

  public Assignment assignment(long applicationId) {
    return jdbc.sql("select assigned_to, assigned_at from application where id = :id").param("id", applicationId)
        .query((rs, n) -> new Assignment(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).single();
  }

  /** Assigns the application to a reviewer; {@code reviewer} null: to nobody. */
  public void assign(long applicationId, String reviewer, OffsetDateTime at) {
    jdbc.sql("update application set assigned_to = :r, assigned_at = :at where id = :id")
        .param("r", reviewer).param("at", reviewer == null ? null : ApplicationStore.utc(at)).param("id", applicationId).update();
  }

  /** The reasons given for the findings about the whole application of a version, by finding key. */
  public Map<String, FormReason> formReasons(long versionId) {
    Map<String, FormReason> out = new LinkedHashMap<>();
    jdbc.sql("select finding_key, reason, given_by, given_at from form_reason where version_id = :v order by finding_key")
        .param("v", versionId)
        .query((rs, n) -> new FormReason(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
        .list().forEach(r -> out.put(r.findingKey(), r));
    return out;
  }

  /** Sets (or with a null reason removes) the reason for one finding about the whole application of a version. */
  public void setFormReason(long versionId, String findingKey, String reason, String by, OffsetDateTime at) {
    if (reason == null) {
      jdbc.sql("delete from form_reason where version_id = :v and finding_key = :k").param("v", versionId).param("k", findingKey).update();
      return;
    }
    int updated = jdbc.sql("update form_reason set reason = :r, given_by = :by, given_at = :at where version_id = :v and finding_key = :k")
        .param("r", reason).param("by", by).param("at", ApplicationStore.utc(at)).param("v", versionId).param("k", findingKey).update();
    if (updated == 0) {
      jdbc.sql("insert into form_reason (version_id, finding_key, reason, given_by, given_at) values (:v, :k, :r, :by, :at)")
          .param("v", versionId).param("k", findingKey).param("r", reason).param("by", by).param("at", ApplicationStore.utc(at)).update();
    }
  }
}
