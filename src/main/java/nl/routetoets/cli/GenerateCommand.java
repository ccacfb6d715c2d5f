package nl.routetoets.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.routetoets.generate.Generator;
import nl.routetoets.generate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic population with real codes and chosen shares of violations.",
      "Applications and route documents under the law, then trajectories referring to them, with the codes",
      "of the rules' reference data: experiment cohorts, cohorts 2020-2021 to 2025-2026 under the law, and",
      "experiment students still in a route on 1 August 2022; for reports, demos and benchmarks.",
      "The same options and seed give the same bytes."
    },
    footer = {
      "",
      "Violation shares (0-1, share of all trajectories, at most one per trajectory; defaults shown):",
      "  experiment routes: --share late-exam=0.04 --share still-at-school=0.03 --share bbl-under-16=0.02",
      "    --share wrong-elementcode=0.03 --share no-fallback=0.02 --share drop-out=0.03 --share other-direction=0.02",
      "    --share unknown-fact=0.03 --share invalid=0.005",
      "  routes under the law: --share outside-matrix=0.01 --share hours-short=0.01 --share no-melding=0.01",
      "    (these three are faults of the route: such a student carries the route inline, and the same share of",
      "    route documents has them), --share enrolled-at-school=0.01 --share no-mbo-agreement=0.01",
      "    --share not-exam-candidate=0.01 --share no-overstap=0.01 --share overstap=0.02",
      "  the switch of 1 August 2022: --share running-outside-matrix=0.01",
      "",
      "Examples:",
      "  java -jar target/routetoets.jar generate --trajectories 1000000 --seed 42 --out miljoen.jsonl",
      "  java -jar target/routetoets.jar generate --trajectories 5000 --applications 60 --seed 7 --format csv --out bron.csv"
          + " --applications-out bron-aanvragen.jsonl"
    })
final class GenerateCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--trajectories", required = true, paramLabel = "N", description = "Number of trajectories.")
  long trajectories;

  @Option(names = "--applications", paramLabel = "M",
      description = "Number of applications the trajectories refer to (default: one per 50 trajectories, at least 3).")
  Integer applications;

  @Option(names = "--routes", paramLabel = "R",
      description = "Number of route documents under the law the law trajectories refer to (default: one per 50 trajectories, at least 4).")
  Integer routes;

  @Option(names = "--law-share", paramLabel = "SHARE",
      description = "Share of the trajectories without a violation that follow a route under the law (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.5")
  double lawShare;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced when it exists).")
  Path out;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl (applications, routes and trajectories, one per line) or csv (a register of experiment routes only;"
          + " the applications go to --applications-out). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--applications-out", paramLabel = "FILE", description = "With --format csv: where the applications go (default: FILE with -aanvragen.jsonl).")
  Path applicationsOut;

  @Option(names = "--share", paramLabel = "KIND=SHARE", description = "Share of trajectories with a violation of this kind; see below.")
  Map<String, Double> shares = Map.of();

  /** The rules folder, whose reference/ data gives the codes. */
  @picocli.CommandLine.Mixin Main.RulesOption rules;

  @Override
  public Integer call() throws IOException, nl.routetoets.ruleset.RulesFolder.Unusable {
    Map<Violation, Double> chosen = new EnumMap<>(Generator.Options.defaultShares());
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      Violation v = java.util.Arrays.stream(Violation.values()).filter(x -> x.option.equals(e.getKey())).findFirst().orElse(null);
      if (v == null) {
        spec.commandLine().getErr().println("routetoets: unknown violation kind \"" + e.getKey() + "\"; see generate --help");
        return Main.USAGE;
      }
      chosen.put(v, e.getValue());
    }
    int apps = applications != null ? applications : (int) Math.max(3, trajectories / 50);
    Generator.Options options;
    try {
      options = new Generator.Options(trajectories, apps, routes != null ? routes : Generator.Options.defaultRoutes(trajectories), seed,
          lawShare, chosen);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("routetoets: " + e.getMessage());
      return Main.USAGE;
    }
    Generator generator = Generator.create(options, rules.folder().path().resolve("reference"));
    if (format == Format.csv) {
      if (apps == 0) {
        spec.commandLine().getErr().println("routetoets: a register refers to applications: give --applications 1 or more");
        return Main.USAGE;
      }
      Path appsOut = applicationsOut != null ? applicationsOut
          : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.csv$", "") + "-aanvragen.jsonl");
      writeAtomically(appsOut, generator::writeApplications);
      writeAtomically(out, generator::writeRegister);
      spec.commandLine().getErr().println("routetoets: wrote " + out + " and " + appsOut);
    } else {
      writeAtomically(out, generator::writeJsonLines);
      spec.commandLine().getErr().println("routetoets: wrote " + out);
    }
    return Main.OK;
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  /** Written next to the target and moved into place, so an interrupted run leaves no half file under the name. */
  private static void writeAtomically(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + ".partial");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      body.write(w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
