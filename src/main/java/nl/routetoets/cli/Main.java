package nl.routetoets.cli;

import nl.routetoets.ruleset.RuleCache;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;
import nl.routetoets.ruleset.RulesFolder;
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
    })
public final class Main {
  /** The commands, in the order the help lists them. */
  private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(CheckCommand.class, ReportCommand.class,
      GenerateCommand.class, NormsCommand.class, TestRulesCommand.class, ServeCommand.class, BackupCommand.class, RestoreCommand.class,
      CommandLine.HelpCommand.class);

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  /** A rule failed on a document (threw, kept firing, ran out of time): the rule set needs fixing, not the input. */
  static final int RULE_ERROR = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine(args.length == 0 ? null : args[0]).execute(args);
  }

  /** The command line with every command. */
  static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The command line with its error handling: a problem is one line (or a rule set's list of problems), never a stack
   * trace. When {@code first} names a command, that command only: picocli reads the options of every command it is
   * given, which cost a cold start a fifth of what answering an unreadable document takes.
   */
  static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Main());
    java.util.List<Class<?>> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    for (Class<?> command : named.isEmpty() || first.equals("help") ? COMMANDS : named) {
      cli.addSubcommand(command);
    }
    // as wide as the terminal, so that an example stays on one line where it fits
    cli.setUsageHelpAutoWidth(true);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("routetoets: " + problem(e));
      cmd.getErr().flush();
      return USAGE;
    });
    cli.setExitCodeExceptionMapper(e -> USAGE);
    return cli;
  }

  /** What went wrong, in words for the person at the terminal. */
  static String problem(Exception e) {
    if (e instanceof RulesFolder.Unusable || e instanceof Failure) {
      return e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return n.getFile() + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return a.getFile() + ": not allowed to read or write it";
    }
    if (e instanceof java.io.IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.toString();
  }

  /** A problem a command words itself. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /**
   * The rules folder, shared by the commands that need a rule set: {@code --rules}, else {@code ROUTETOETS_RULES},
   * else {@code ./rules} when there is one, else the rules bundled with this program ({@link RulesFolder}).
   */
  static final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
        description = "The rules folder: DRL files, parameters/, reference/. Default: $ROUTETOETS_RULES, else ./rules when there is"
            + " one, else the rules bundled with this program.")
    java.nio.file.Path rules;

    @Option(names = "--rules-cache", paramLabel = "DIR",
        description = "Where compiled rule sets are kept, so that unchanged rules are not compiled again; \"" + RuleCache.OFF
            + "\" keeps none. Default: $" + RuleCache.ENVIRONMENT + ", else $XDG_CACHE_HOME/routetoets, else ~/.cache/routetoets.")
    String cache;

    /** The folder in use, once resolved. */
    private RulesFolder.Folder folder;

    RulesFolder.Folder folder() throws RulesFolder.Unusable {
      if (folder == null) {
        folder = RulesFolder.rules(rules, System.getenv(RulesFolder.ENVIRONMENT));
      }
      return folder;
    }

    RuleSet load() throws RulesFolder.Unusable, Failure {
      try {
        return RuleSetLoader.load(folder().path(), RuleCache.standard(cache));
      } catch (RuleSetException e) {
        throw failure(e);
      }
    }

    /** What the rule set is (its version and sha256), known at once; the rules are loaded when {@link #await} asks for them. */
    RuleSetLoader.Pending identify() throws RulesFolder.Unusable, Failure {
      try {
        return RuleSetLoader.identify(folder().path(), RuleCache.standard(cache));
      } catch (RuleSetException e) {
        throw failure(e);
      }
    }

    /** The rule set {@link #identify} named, loaded now if it was not before, bounded by the limits. */
    RuleSet await(RuleSetLoader.Pending pending, LimitsOption limits) throws RulesFolder.Unusable, Failure {
      try {
        return pending.get().withLimits(limits.limits());
      } catch (RuleSetException e) {
        throw failure(e);
      }
    }

    private Failure failure(RuleSetException e) throws RulesFolder.Unusable {
      RulesFolder.Folder f = folder();
      return new Failure("the rules folder " + f.shownAs() + " (" + f.source().words + ") cannot be loaded:\n  "
          + String.join("\n  ", e.problems()));
    }

    RuleSet load(LimitsOption limits) throws RulesFolder.Unusable, Failure {
      return load().withLimits(limits.limits());
    }
  }

  /** The bounds of one document's check, for the commands that check documents. */
  static final class LimitsOption {
    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "2s", converter = DurationConverter.class,
        description = "Stop the check of a document whose rules run longer than this (e.g. 2s, 500ms); it gets an ERROR "
            + "result naming the rule and the next document is checked. Default: ${DEFAULT-VALUE}.")
    java.time.Duration timeLimit;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000",
        description = "Stop the check of a document after this many rule firings (rules that keep activating each other); "
            + "it gets an ERROR result naming the rules. Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    nl.routetoets.ruleset.Limits limits() {
      return new nl.routetoets.ruleset.Limits(timeLimit, maxFirings);
    }
  }

  /** "2s", "500ms", "1m" or an ISO-8601 duration ("PT2S"). */
  static final class DurationConverter implements CommandLine.ITypeConverter<java.time.Duration> {
    @Override
    public java.time.Duration convert(String value) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m)").matcher(value.strip());
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> java.time.Duration.ofMillis(n);
          case "s" -> java.time.Duration.ofSeconds(n);
          default -> java.time.Duration.ofMinutes(n);
        };
      }
      try {
        return java.time.Duration.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("\"" + value + "\" is not a duration; write e.g. 2s or 500ms");
      }
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
