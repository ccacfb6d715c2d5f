package nl.routetoets.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.document.Utf8Lines;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.ruleset.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks applications, routes under the law, trajectories and bundles (.json) and JSON Lines streams (.jsonl) against the rules.",
      "",
      "Exit status: 0 every document COMPLIANT; 1 any NON_COMPLIANT or NEEDS_REVIEW; 2 bad usage or unreadable input;",
      "3 a rule failed on a document (ERROR: it threw, kept firing or passed --time-limit); the other documents are still checked."
    },
    footer = {
      "",
      "Examples (from the project folder; the files are in demo/):",
      "  java -jar target/routetoets.jar check demo/aanvraag-2016-vmr2-zorg-en-welzijn.json",
      "  java -jar target/routetoets.jar check --lang en demo/traject-2017-vmr2-bbl-onder-16-fout.json",
      "  java -jar target/routetoets.jar check --as-of 2023-03-01 demo/route-2023-dlr-kb-mbo2-fout.json",
      "  java -jar target/routetoets.jar check --format json demo/trajecten.jsonl > resultaten.jsonl",
      "  java -jar target/routetoets.jar check - < demo/bundel-aanvraag-met-trajecten.json"
    })
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Main.RulesOption rules;

  @Mixin Main.LimitsOption limits;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The peildatum: the date the evaluation is made. Overrides the documents' own asOf.")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text",
      description = "text (a readable report) or json (one result object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--lang", description = "Language of the text report: nl or en. Default: the language of the system's locale"
      + " (LANG) when it is English, else Dutch.")
  TextReport.Language lang;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check: .json, .jsonl, or - for standard input.")
  List<String> files;

  /**
   * Input first: the documents are read before the rules are loaded, which happens when the first document that can
   * be read needs them; a document that cannot be read is answered without them (its result names the rule set by
   * version and sha256, known at once).
   */
  @Override
  public Integer call() throws Exception {
    RuleSetLoader.Pending ruleSet = rules.identify();
    Checker checker = null;
    PrintWriter out = spec.commandLine().getOut();
    TextReport text = new TextReport(out, lang != null ? lang : TextReport.Language.of(java.util.Locale.getDefault()));
    Verdict worst = Verdict.COMPLIANT;
    boolean unreadable = false;
    for (String file : files) {
      Iterator<SourcedDocument> docs;
      try {
        docs = open(file);
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println("routetoets: " + file + ": no such file");
        unreadable = true;
        continue;
      } catch (IOException e) {
        spec.commandLine().getErr().println("routetoets: " + file + ": cannot be read: " + e.getMessage());
        unreadable = true;
        continue;
      }
      while (docs.hasNext()) {
        SourcedDocument d = docs.next();
        Result r;
        if (d.valid()) {
          if (checker == null) {
            checker = new Checker(rules.await(ruleSet, limits), asOf);
          }
          r = checker.check(d);
        } else {
          // what the checker answers for it, without the rules
          r = Result.invalid(new Result.Subject(d.type(), d.id(), d.file(), d.line()), ruleSet.ref(), d.errors());
        }
        worst = worst.worst(r.verdict());
        if (format == Format.json) {
          out.println(Json.MAPPER.writeValueAsString(r));
        } else {
          text.print(r);
        }
      }
      out.flush();
    }
    if (format == Format.text) {
      text.summary();
    }
    out.flush();
    if (worst == Verdict.ERROR) {
      return Main.RULE_ERROR;
    }
    if (unreadable || worst == Verdict.INVALID) {
      return Main.USAGE;
    }
    return worst == Verdict.COMPLIANT ? Main.OK : Main.FINDINGS;
  }

  /** JSON Lines by extension; standard input is JSON Lines unless its first line is not a whole document. */
  private static Iterator<SourcedDocument> open(String file) throws IOException {
    if (file.equals("-")) {
      BufferedInputStream in = new BufferedInputStream(System.in, 1 << 20);
      in.mark(1 << 20);
      Utf8Lines.Line first = new Utf8Lines(in).next();
      in.reset();
      if (first != null && (first.text() == null || looksLikeOneDocument(first.text()))) {
        return DocumentReader.readJsonLines("-", in);
      }
      return whole("-", in);
    }
    Path path = Path.of(file);
    InputStream in = Files.newInputStream(path);
    if (file.endsWith(".jsonl")) {
      return DocumentReader.readJsonLines(file, in);
    }
    return whole(file, in);
  }

  private static boolean looksLikeOneDocument(String line) {
    try {
      Json.MAPPER.readTree(new StringReader(line));
      return true;
    } catch (tools.jackson.core.JacksonException e) {
      return false;
    }
  }

  private static Iterator<SourcedDocument> whole(String file, InputStream in) throws IOException {
    List<SourcedDocument> docs = new java.util.ArrayList<>();
    DocumentReader.readJson(file, in, docs::add);
    return docs.iterator();
  }
}
