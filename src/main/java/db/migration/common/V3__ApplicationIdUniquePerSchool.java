package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An application's id is unique per school, not across schools: a school that picks an id another
 * school already used must not learn that it exists (issue 9). V1 declared {@code document_id unique}
 * without a name, and H2 and PostgreSQL name such a constraint differently, so the constraint is
 * found in the standard information schema (which both have) rather than named in SQL.
 */
public class V3__ApplicationIdUniquePerSchool extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<String> names = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(
        "select tc.constraint_name from information_schema.table_constraints tc"
            + " join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name"
            + " and k.table_schema = tc.table_schema and k.table_name = tc.table_name"
            + " where lower(tc.table_name) = 'application' and tc.constraint_type = 'UNIQUE'"
            + " and tc.table_schema = current_schema"
            + " group by tc.constraint_name having count(*) = 1 and max(lower(k.column_name)) = 'document_id'")) {
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    if (names.size() != 1) {
      throw new SQLException("expected one unique constraint on application(document_id), found " + names);
    }
    try (Statement s = c.createStatement()) {
      s.execute("alter table application drop constraint \"" + names.get(0).replace("\"", "\"\"") + "\"");
      s.execute("alter table application add constraint application_school_document unique (school_brin, document_id)");
      s.execute("create index application_document on application (document_id)");
    }
  }
}
