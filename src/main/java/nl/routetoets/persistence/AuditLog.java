package nl.routetoets.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when, to which object. Only appends and reads: there is deliberately no update or delete here. */
@Repository
public class AuditLog {
  public record Entry(long id, OffsetDateTime at, String actor, String action, String objectId, String details) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void append(String actor, String action, String objectId, String details) {
    jdbc.sql("insert into audit_log (at, actor, action, object_id, details) values (:at, :actor, :action, :objectId, :details)")
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .param("actor", actor)
        .param("action", action)
        .param("objectId", objectId)
        .param("details", details)
        .update();
  }

  /** Newest first, of any of these objects. */
  public List<Entry> listOfAny(List<String> objectIds, int limit) {
    return jdbc.sql("select id, at, actor, action, object_id, details from audit_log where object_id in (:ids) order by id desc limit :limit")
        .param("ids", objectIds).param("limit", limit)
        .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
            rs.getString("action"), rs.getString("object_id"), rs.getString("details"))).list();
  }

  /** Newest first; {@code objectId} null for every object. */
  public List<Entry> list(String objectId, int limit) {
    String where = objectId == null ? "" : " where object_id = :objectId";
    var spec = jdbc.sql("select id, at, actor, action, object_id, details from audit_log" + where + " order by id desc limit :limit")
        .param("limit", limit);
    if (objectId != null) {
      spec = spec.param("objectId", objectId);
    }
    return spec.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
        rs.getString("action"), rs.getString("object_id"), rs.getString("details"))).list();
  }
}
