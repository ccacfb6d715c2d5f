package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewer's desk (issue 13). Portable SQL, the same on H2 and PostgreSQL:
 * <ul>
 *   <li>{@code application.school_name}: the school's name as the newest version gives it, for the worklist's search
 *       (kept up to date by the workflow on every version). Existing applications get it from their newest version's
 *       document here, which SQL alone cannot read on both databases: hence a Java migration.</li>
 *   <li>{@code application.assigned_to}, {@code assigned_at}: the reviewer an application is assigned to (an account's
 *       name; null: nobody). Every assignment is also in the audit log.</li>
 *   <li>{@code form_reason}: the reasons a reviewer gives once, per version, for findings about the application as a
 *       whole; every route's decision on that version takes them as its overrules for those findings. Unlike a
 *       decision a reason may still change until it is used, so this table is not append-only; what a decision used
 *       is in its own row and receipt.</li>
 * </ul>
 */
public class V5__ReviewDesk extends BaseJavaMigration {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table application add column school_name varchar(300)");
      s.execute("alter table application add column assigned_to varchar(100)");
      s.execute("alter table application add column assigned_at timestamp with time zone");
      s.execute("create index application_assigned on application (assigned_to)");
      s.execute("create table form_reason ("
          + " version_id  bigint        not null references application_version (id),"
          + " finding_key varchar(1000) not null,"
          + " reason      text          not null,"
          + " given_by    varchar(100)  not null,"
          + " given_at    timestamp with time zone not null,"
          + " constraint form_reason_version_finding unique (version_id, finding_key))");
    }
    Map<Long, String> names = new LinkedHashMap<>();
    try (PreparedStatement q = c.prepareStatement("select a.id, v.document from application a"
        + " join application_version v on v.application_id = a.id and v.version = a.current_version");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        String name = schoolName(rs.getBytes(2));
        if (name != null) {
          names.put(rs.getLong(1), name);
        }
      }
    }
    try (PreparedStatement u = c.prepareStatement("update application set school_name = ? where id = ?")) {
      for (Map.Entry<Long, String> e : names.entrySet()) {
        u.setString(1, e.getValue());
        u.setLong(2, e.getKey());
        u.addBatch();
      }
      u.executeBatch();
    }
  }

  /** The school's name in a stored document, cut to the column's size; null when it has none (or is no JSON the service took). */
  static String schoolName(byte[] document) {
    try {
      JsonNode name = JSON.readTree(document).path("applicant").path("school").path("name");
      if (!name.isString() || name.asString().isBlank()) {
        return null;
      }
      String s = name.asString().strip();
      return s.length() > 300 ? s.substring(0, 300) : s;
    } catch (JacksonException e) {
      return null;
    }
  }
}
