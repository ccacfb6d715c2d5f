package nl.routetoets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.routetoets.persistence.EmbeddedBackup;
import nl.routetoets.persistence.EmbeddedBackup.BackupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A backup of the embedded database while the service is stopped (README, "Durability and backups"). */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Writes the embedded database (H2) to a new backup file; the service must be stopped.",
        "The backup is the database's SQL script, zipped. H2 locks the database while the service has it open.",
        "PostgreSQL has its own tools (pg_dump, pg_basebackup)."})
final class BackupCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EmbeddedDatabaseOptions database;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup to write, e.g. routetoets-2026-11-30.zip; must not exist.")
  Path out;

  @Override
  public Integer call() {
    try {
      EmbeddedBackup.Contents contents = EmbeddedBackup.backup(database.data, out, database.user, database.password);
      spec.commandLine().getOut().println("wrote " + out + ": " + contents + " (from " + database.data + ")");
      return Main.OK;
    } catch (BackupException e) {
      spec.commandLine().getErr().println("routetoets backup: " + e.getMessage());
      return Main.USAGE;
    }
  }
}
