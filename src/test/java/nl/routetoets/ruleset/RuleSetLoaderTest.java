package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set that does not compile, or whose rules lack metadata, is refused with file and line. */
class RuleSetLoaderTest {
  @TempDir Path copy;

  private Path copyOfRules() throws IOException {
    return TestRuleSet.copyRules(copy);
  }

  @Test
  void aSyntaxErrorIsReportedWithFileAndLine() throws IOException {
    Path rules = copyOfRules();
    Path drl = rules.resolve("EXP_2015/art06-studieduur.drl");
    Files.writeString(drl, Files.readString(drl).replaceFirst("then", "then\n  this is not java;"));
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .satisfies(e -> assertThat(((RuleSetException) e).problems()).anyMatch(p -> p.contains("art06-studieduur.drl")));
  }

  @Test
  void aRuleWithoutNormMetadataIsRefused() throws IOException {
    Path rules = copyOfRules();
    Files.writeString(rules.resolve("EXP_2015/zonder-norm.drl"), """
        package EXP_2015;
        import nl.routetoets.facts.RouteFact;
        rule "Regel zonder metadata"
        when
          RouteFact(regime == "EXP_2015")
        then
        end
        """);
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("Regel zonder metadata")
        .hasMessageContaining("lacks quoted metadata");
  }

  @Test
  void aQueryIsNoRuleAndNeedsNoMetadata() throws IOException, RuleSetException {
    Path rules = copyOfRules();
    Files.writeString(rules.resolve("EXP_2015/met-query.drl"), """
        package EXP_2015;
        import nl.routetoets.facts.RouteFact;
        query routeVanHetBesluit(RouteFact $r)
          $r := RouteFact(regime == "EXP_2015")
        end
        """);
    RuleSet loaded = RuleSetLoader.load(rules);
    assertThat(loaded.rules().values()).extracting(RuleInfo::name).doesNotContain("routeVanHetBesluit");
    assertThat(loaded.rules().keySet()).isEqualTo(TestRuleSet.get().rules().keySet());
  }

  @Test
  void aRuleNamingAnUnknownNormIsRefused() throws IOException {
    Path rules = copyOfRules();
    Path drl = rules.resolve("EXP_2015/art06-studieduur.drl");
    Files.writeString(drl, Files.readString(drl).replace("@norm(\"N-DUR-1\")", "@norm(\"N-DUUR-9\")"));
    assertThatThrownBy(() -> RuleSetLoader.load(rules)).hasMessageContaining("N-DUUR-9");
  }

  @Test
  void aMessageWithAMalformedSlotIsRefusedNamingTheRule() throws IOException {
    Path rules = copyOfRules();
    Path drl = rules.resolve("EXP_2015/art06-studieduur.drl");
    String text = Files.readString(drl);
    Files.writeString(drl, text.replaceFirst("\\$\\{([a-zA-Z]+)\\}", "\\${$1:-3}"));
    assertThat(Files.readString(drl)).isNotEqualTo(text);
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("art06-studieduur.drl")
        .hasMessageContaining("${name}");
  }

  @Test
  void theChecksumChangesWithAParameterAndNotOtherwise() throws Exception {
    Path rules = copyOfRules();
    String before = RuleSetLoader.load(rules).ref().sha256();
    assertThat(RuleSetLoader.load(rules).ref().sha256()).isEqualTo(before);
    Path hours = rules.resolve("parameters/urennormen.json");
    Files.writeString(hours, Files.readString(hours).replace("\"total\": 3000", "\"total\": 3001"));
    assertThat(RuleSetLoader.load(rules).ref().sha256()).isNotEqualTo(before).hasSize(64);
  }

  /** The zone where instants become dates is a parameter: an unknown or missing one is refused when the rule set loads. */
  @Test
  void aTimeZoneThatIsNoneIsRefusedNamingFileAndField() throws IOException {
    Path rules = copyOfRules();
    Path rounds = rules.resolve("parameters/aanvraagrondes.json");
    String text = Files.readString(rounds);
    Files.writeString(rounds, text.replace("\"timeZone\": \"Europe/Amsterdam\"", "\"timeZone\": \"Europe/Amsterdm\""));
    assertThat(Files.readString(rounds)).contains("Europe/Amsterdm");
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("aanvraagrondes.json: timeZone \"Europe/Amsterdm\" is not a time zone");
    Files.writeString(rounds, text.replace("\"timeZone\": \"Europe/Amsterdam\",", ""));
    assertThat(Files.readString(rounds)).doesNotContain("timeZone");
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("aanvraagrondes.json: timeZone is missing");
  }

  /** The texts of a regime follow each other day after day: a gap or an overlap would judge a fact by no text or by two. */
  @Test
  void textVersionsThatLeaveADayWithoutATextOrGiveItTwoAreRefused() throws IOException {
    Path rules = copyOfRules();
    Path versions = rules.resolve("parameters/tekstversies.json");
    String text = Files.readString(versions);
    Files.writeString(versions, text.replace("\"validFrom\": \"2018-03-15\"", "\"validFrom\": \"2018-03-16\""));
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("tekstversies.json: D2018 begins on 2018-03-16");
    Files.writeString(versions, text.replace("\"validUntil\": \"2022-07-31\"", "\"validUntil\": \"2022-08-31\""));
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("tekstversies.json: the texts of EXP_2015 end");
    Files.writeString(versions, text.replace("\"id\": \"D2019\"", "\"id\": \"D2019a\""));
    assertThatThrownBy(() -> RuleSetLoader.load(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("tekstversies.json: D2019a is not among the texts of EXP_2015");
  }
}
