import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Result;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetLoader;

/**
 * Run by bench/time-limit.sh: checks each trap trajectory a few times on one thread and prints, per
 * check, the time by the clock and the CPU time the check took until it was stopped, then checks a
 * normal trajectory on the same thread to show it is free again.
 * Arguments: rules folder, time limit (ms), runs, then trap ids.
 */
public class TimeLimitProbe {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path rules = Path.of(args[0]);
    Limits limits = new Limits(Duration.ofMillis(Long.parseLong(args[1])), Limits.DEFAULT.maxFirings());
    int runs = Integer.parseInt(args[2]);
    RuleSet ruleSet = RuleSetLoader.load(rules).withLimits(limits);
    Checker checker = new Checker(ruleSet, null);
    String normal = Files.readString(Path.of("demo/traject-2016-vmr2-zorg-geslaagd.json")).replace("\n", "");
    for (int i = 0; i < 200; i++) {
      check(checker, normal); // warm: the first checks of a JVM are slow
    }
    System.out.printf("time limit %s, max firings %d; %d cores; load average %s%n", limits.timeLimitText(), limits.maxFirings(),
        Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
    for (int a = 3; a < args.length; a++) {
      String trap = normal.replaceFirst("\"id\": *\"[^\"]*\"", "\"id\": \"" + args[a] + "\"");
      for (int r = 1; r <= runs; r++) {
        long wall = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Result result = check(checker, trap);
        double wallMs = (System.nanoTime() - wall) / 1e6;
        double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        Result next = check(checker, normal);
        System.out.printf("%-20s run %d: %s after %7.0f ms by the clock, %7.0f ms of CPU; next document on the same thread: %s%n",
            args[a], r, result.verdict(), wallMs, cpuMs, next.verdict());
        if (r == runs) {
          System.out.println("  " + result.errors().get(0).problem());
        }
      }
    }
  }

  private static Result check(Checker checker, String json) {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJsonLines("probe.jsonl", new StringReader(json + "\n")).forEachRemaining(docs::add);
    return checker.check(docs.get(0));
  }
}
