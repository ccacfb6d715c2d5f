package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.TestRuleSet;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import org.junit.jupiter.api.Test;

/**
 * The Dutch messages and fixes are for a school administrator: they name fields by what the school
 * sees on the form, values by their words, never the project's internal codes (VMR2, N-DUR-1, I-05)
 * or the JSON of the formats (mbo.level, startLeerweg, exams[], VMBO_COMMON_PART); a fix asks only
 * what the school can do, and an either-or says which applies. Checked on every rule's texts and on
 * every message the fixtures produce, where the facts have been filled in.
 */
class MessageTextTest {
  /** Abbreviations a Dutch school uses itself. */
  private static final Set<String> DUTCH_ABBREVIATIONS = Set.of(
      "BB", "KB", "GL", "TL", "BOL", "BBL", "WEB", "WVO", "DUO", "DUS", "OER", "RIO", "BRON", "AOC", "VO", "MBO", "VMBO",
      "LWOO", "HKS", "LO", "CKV", "BRIN", "OCW", "BPV", "SBB", "ICT", "EZ", "LNV", "PIE", "BWI", "MVI", "ZW", "EO", "HBR",
      "DP", "MTR", "ZWE");

  private static final List<Check> CHECKS = List.of(
      new Check("a JSON field name", Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b")),
      new Check("a JSON path", Pattern.compile("\\b[a-z][A-Za-z]*\\.[a-z][A-Za-z]*\\b|'\\.[a-z]")),
      new Check("a JSON field name", Pattern.compile(
          "\\b(pathway|workplacement|total|guided|ref|approval|exit|exams|years|design|hours|agreement|advice|assessment|applicant|exclusions|oer)\\b")),
      new Check("a JSON array", Pattern.compile("\\w\\[\\d*]")),
      new Check("an internal route code", Pattern.compile("\\b(VMR|VMR2|VMR3|TR13|TR15|BR|BR_L)\\b")),
      new Check("a norm id", Pattern.compile("\\bN-[A-Z]+-\\d+\\b")),
      new Check("an interpretation id", Pattern.compile("\\bI-\\d\\d\\b")),
      new Check("a code value", Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b")),
      new Check("an either-or that does not say which applies", Pattern.compile("(?i)\\bofwel\\b")));

  /** A fix the school cannot carry out. */
  private static final List<Check> IMPOSSIBLE_FIXES = List.of(
      new Check("a task of the reviewer", Pattern.compile("(?i)\\blaat de beoordelaar\\b")),
      new Check("not awarding what has been awarded", Pattern.compile("(?i)\\breik\\b[^.;]*\\bniet uit\\b|\\bniet uitreiken\\b")));

  private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]+\\b");
  private static final Pattern SLOT = Pattern.compile("\\$\\{[^}]*}");

  record Check(String what, Pattern pattern) {}

  static List<String> problems(String text) {
    List<String> found = new ArrayList<>();
    for (Check c : CHECKS) {
      Matcher m = c.pattern().matcher(text);
      while (m.find()) {
        found.add(c.what() + " \"" + m.group() + "\"");
      }
    }
    Matcher caps = CAPITALS.matcher(text);
    while (caps.find()) {
      if (!DUTCH_ABBREVIATIONS.contains(caps.group())) {
        found.add("a code \"" + caps.group() + "\"");
      }
    }
    return found;
  }

  @Test
  void theChecksFindWhatASchoolCannotRead() {
    assertThat(problems("Vul mbo.level in.")).isNotEmpty();
    assertThat(problems("Controleer startLeerweg.")).isNotEmpty();
    assertThat(problems("Registreer het in exams[] met zijn datum.")).isNotEmpty();
    assertThat(problems("Een route van deze soort (VMR2).")).isNotEmpty();
    assertThat(problems("Deel: VMBO_COMMON_PART.")).isNotEmpty();
    assertThat(problems("Kies FULL.")).isNotEmpty();
    assertThat(problems("Corrigeer 'Schooljaren van het traject'.crebo.")).isNotEmpty();
    assertThat(problems("Vul de leerweg (pathway) in.")).isNotEmpty();
    assertThat(problems("Ofwel was de datum verstreken, ofwel nog niet.")).isNotEmpty();
    assertThat(problems("Vul 'Niveau' in bij de route; de leerling start in BB of KB (artikel 2, eerste lid).")).isEmpty();
  }

  @Test
  void everyRulesDutchMessageAndFixNameNoCodeOrJsonName() {
    List<String> found = new ArrayList<>();
    for (RuleInfo r : TestRuleSet.get().rules().values()) {
      check(found, r.name() + " (message)", SLOT.matcher(r.message().nl()).replaceAll("X"));
      if (r.fix() != null) {
        String fix = SLOT.matcher(r.fix().nl()).replaceAll("X");
        check(found, r.name() + " (fix)", fix);
        for (Check c : IMPOSSIBLE_FIXES) {
          if (c.pattern().matcher(fix).find()) {
            found.add(r.name() + " (fix): " + c.what());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** With the facts filled in: code values become words and missing fields their labels. */
  @Test
  void everyDutchMessageTheFixturesGiveNamesNoCodeOrJsonName() throws IOException {
    List<String> found = new ArrayList<>();
    int messages = 0;
    for (Fixture f : FixtureRunner.discover(TestRuleSet.FIXTURES)) {
      Result r = FixtureRunner.run(f, TestRuleSet.get(), null);
      List<Finding> all = new ArrayList<>(r.findings());
      r.routes().forEach(route -> all.addAll(route.findings()));
      for (Finding finding : all) {
        messages++;
        check(found, finding.rule() + " in " + f.name(TestRuleSet.FIXTURES), finding.message().nl());
        if (finding.fix() != null) {
          check(found, finding.rule() + " (fix) in " + f.name(TestRuleSet.FIXTURES), finding.fix().nl());
        }
      }
    }
    assertThat(messages).isGreaterThan(300);
    assertThat(new TreeSet<>(found)).isEmpty();
  }

  /** Every field a rule can report as missing has a label, so that no JSON path reaches a message. */
  @Test
  void everyFieldARuleNamesHasALabel() throws IOException {
    Pattern literal = Pattern.compile("(?:\\bat\\(|unknown\\(drools,|\\.add\\(|FieldValue\\(|FieldValue\\.of\\()\\s*\"([^\"]+)\"");
    Set<String> unlabelled = new TreeSet<>();
    for (Path drl : RuleLintTest.drlFiles()) {
      Matcher m = literal.matcher(Files.readString(drl));
      while (m.find()) {
        String path = m.group(1);
        boolean labelled = List.of(path, "routes[0]." + path, "years[0]." + path, "exams[0]." + path, "diplomas[0]." + path).stream()
            .anyMatch(p -> !FactWords.NL.field(p).equals(p));
        if (!labelled) {
          unlabelled.add(drl.getFileName() + ": " + path);
        }
      }
    }
    assertThat(unlabelled).isEmpty();
    assertThat(FactWords.NL.fields("routes[1].design.hours.total, years[2].elementcode"))
        .isEqualTo("'Uren totaal', 'Elementcode (3e jaar van het traject)'");
    assertThat(FactWords.NL.value("VMBO_COMMON_PART")).isEqualTo("gemeenschappelijk deel van het vmbo-examen");
    assertThat(FactWords.NL.value(List.of(new FieldValue("diplomas", "VMBO_GL"), FieldValue.of("exit.gradeListIssued"))))
        .isEqualTo("'Diploma’s': vmbo-diploma gemengde leerweg, 'Cijferlijst verstrekt'");
  }

  private static void check(List<String> found, String where, String text) {
    for (String p : problems(text)) {
      found.add(where + ": " + p + " in \"" + text + "\"");
    }
  }
}
