package nl.routetoets.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's way to refuse updates and deletes of history rows (PostgreSQL uses a plpgsql trigger, db/migration/postgresql). */
public final class AppendOnlyTrigger implements Trigger {
  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "27000");
  }
}
