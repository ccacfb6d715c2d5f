package nl.routetoets.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded database is and how to sign in to it: the service's defaults and environment variables. */
final class EmbeddedDatabaseOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "routetoets-data",
      description = "The folder of the database (routetoets.mv.db), as the service's default URL has it (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:SPRING_DATASOURCE_USERNAME:-routetoets}",
      description = "The database user (default: SPRING_DATASOURCE_USERNAME, else routetoets).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:SPRING_DATASOURCE_PASSWORD:-}",
      description = "The database password (default: SPRING_DATASOURCE_PASSWORD, else empty).")
  String password;
}
