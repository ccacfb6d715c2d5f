package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The examples of every command's help run from the project folder as they stand: each file they read exists
 * (or an earlier example of the same help writes it), and the examples of check give a verdict, not a usage error.
 */
class HelpExamplesTest {
  /** The program itself, as the examples call it: built by the package phase, not something an example reads. */
  private static final String PROGRAM = "target/routetoets.jar";
  /** Options whose value is a file or folder the command writes. */
  private static final Set<String> WRITES = Set.of("--out", "--applications-out", ">");
  /** Options whose value looks like a path but is not one (a fixture's name, an interpretation). */
  private static final Set<String> NOT_A_PATH = Set.of("--only", "--interpretation");
  private static final Pattern PATH = Pattern.compile("[\\w./-]*(/[\\w.-]+|\\.(json|jsonl|csv|md|zip))");

  record Example(String command, String line) {}

  /** Every line of every command's description and footer that runs the program. */
  static List<Example> examples() {
    List<Example> all = new ArrayList<>();
    CommandLine main = Main.commandLine();
    main.getSubcommands().forEach((name, cmd) -> {
      var usage = cmd.getCommandSpec().usageMessage();
      Stream.concat(Stream.of(usage.description()), Stream.of(usage.footer()))
          .map(String::strip).filter(l -> l.contains(PROGRAM)).forEach(l -> all.add(new Example(name, l)));
    });
    return all;
  }

  @Test
  void everyFileAnExampleReadsExistsOrAnEarlierExampleWritesIt() {
    List<Example> examples = examples();
    assertThat(examples).extracting(Example::command).contains("check", "report", "generate", "norms", "test-rules");
    List<String> missing = new ArrayList<>();
    String command = null;
    Set<String> written = new HashSet<>();
    for (Example e : examples) {
      if (!e.command().equals(command)) {
        command = e.command();
        written.clear();
      }
      String[] words = e.line().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (i > 0 && WRITES.contains(words[i - 1])) {
          written.add(w);
        } else if (i > 0 && NOT_A_PATH.contains(words[i - 1])) {
          continue;
        } else if (!w.equals(PROGRAM) && !w.startsWith("-") && PATH.matcher(w).matches()
            && !Files.exists(Path.of(w)) && !written.contains(w)) {
          missing.add(e.command() + ": " + w + " in \"" + e.line() + "\"");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theExamplesOfCheckGiveAVerdict() throws Exception {
    for (Example e : examples()) {
      if (!e.command().equals("check")) {
        continue;
      }
      List<String> args = new ArrayList<>(List.of(e.line().substring(e.line().indexOf(PROGRAM) + PROGRAM.length()).strip().split("\\s+")));
      // the shell's redirections: the file after "<" becomes the argument, what follows ">" is the shell's
      int out = args.indexOf(">");
      if (out >= 0) {
        args.subList(out, args.size()).clear();
      }
      int in = args.indexOf("<");
      if (in >= 0) {
        args.set(args.indexOf("-"), args.get(in + 1));
        args.subList(in, args.size()).clear();
      }
      CheckCommandTest.Run r = CheckCommandTest.run(args.toArray(String[]::new));
      // demo/trajecten.jsonl holds a line that is unreadable on purpose (demo/README.md): exit status 2 with results
      assertThat(r.exit()).as(e.line() + "\n" + r.err()).isIn(0, 1, 2);
      assertThat(r.out()).as(e.line()).isNotEmpty();
      assertThat(r.err()).as(e.line()).doesNotContain("Exception", "no such file", "Usage:");
    }
  }
}
