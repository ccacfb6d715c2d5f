package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when, to which object. Only appends and reads: there is deliberately no update or delete here. */
@Repository
public class AuditLog {
  public record Entry(long id, OffsetDateTime at, String actor, AuditAction action, String objectId, String details) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void append(String actor, AuditAction action, String objectId, String details) {
    jdbc.sql("insert into audit_log (at, actor, action, object_id, details) values (:at, :actor, :action, :objectId, :details)")
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .param("actor", actor)
        .param("action", Columns.text(action))
        .param("objectId", objectId)
        .param("details", details)
        .update();
  }

  /** Newest first, of any of these objects. */
  public List<Entry> listOfAny(List<String> objectIds, int limit) {
    return jdbc.sql("select id, at, actor, action, object_id, details from audit_log where object_id in (:ids) order by id desc limit :limit")
        .param("ids", objectIds).param("limit", limit).query(AuditLog::entry).list();
  }

  /** Newest first; {@code objectId} null for every object. */
  public List<Entry> list(String objectId, int limit) {
    String where = objectId == null ? "" : " where object_id = :objectId";
    var spec = jdbc.sql("select id, at, actor, action, object_id, details from audit_log" + where + " order by id desc limit :limit")
        .param("limit", limit);
    if (objectId != null) {
      spec = spec.param("objectId", objectId);
    }
    return spec.query(AuditLog::entry).list();
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
        Columns.read(AuditAction.class, "audit_log.action", rs.getString("action")), rs.getString("object_id"), rs.getString("details"));
  }
}
