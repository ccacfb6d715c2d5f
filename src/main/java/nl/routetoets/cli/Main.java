package nl.routetoets.cli;

import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line; only {@code serve} starts the web service. */
@Command(
    name = "routetoets",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks vmbo-mbo doorlopende leerroutes (vakmanschaproute, technologieroute, beroepsroute)",
      "against the Besluit experimenten doorlopende leerlijnen vmbo-mbo 2014-2022 and its Uitvoeringsregeling."
    },
    subcommands = {CheckCommand.class, ReportCommand.class, GenerateCommand.class, NormsCommand.class, TestRulesCommand.class,
        ServeCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(e instanceof RuleSetException ? e.getMessage() : "routetoets: " + e);
      return USAGE;
    });
    cli.setExitCodeExceptionMapper(e -> USAGE);
    return cli.execute(args);
  }

  /** The rules folder, shared by the commands that need a rule set. */
  static final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:ROUTETOETS_RULES:-rules}",
        description = "The rules folder: DRL files, parameters/, reference/ (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path rules;

    RuleSet load() throws RuleSetException {
      return RuleSetLoader.load(rules);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"routetoets " + (v == null ? "(development build)" : v)};
    }
  }
}
