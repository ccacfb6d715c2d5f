package nl.routetoets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.routetoets.persistence.EmbeddedBackup;
import nl.routetoets.persistence.EmbeddedBackup.BackupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The embedded database back from a backup, whole or not at all (README, "Durability and backups"). */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restores the embedded database (H2) from a backup; the service must be stopped.",
        "The database is built beside its place from the backup, checked, and only then moved into place.",
        "A folder that already holds a database is refused unless --force."})
final class RestoreCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EmbeddedDatabaseOptions database;

  @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup to restore.")
  Path from;

  @Option(names = "--force",
      description = "Replace the database in --data; the old one stays beside it as routetoets-replaced-<time>.mv.db.")
  boolean force;

  @Override
  public Integer call() {
    try {
      EmbeddedBackup.Contents contents = EmbeddedBackup.restore(from, database.data, force, database.user, database.password);
      spec.commandLine().getOut().println("restored " + from + " into " + database.data + ": " + contents);
      return Main.OK;
    } catch (BackupException e) {
      spec.commandLine().getErr().println("routetoets restore: " + e.getMessage());
      return Main.USAGE;
    }
  }
}
