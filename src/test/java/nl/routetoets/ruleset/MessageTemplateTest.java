package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplateTest {
  private static final Map<String, String> WORDS = Map.of("years", "2", "min", "3", "name", "Techniek", "empty", "");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "''|''",
      "no slots|no slots",
      "${years}|2",
      "De route duurt ${years} jaar, minstens ${min}.|De route duurt 2 jaar, minstens 3.",
      "${years}${min}|23",
      "{${name}}|{Techniek}",
      "${empty}.|.",
  })
  void fillsEachSlotWithItsWord(String text, String expected) {
    assertThat(MessageTemplate.of(text).fill(WORDS)).isEqualTo(expected);
  }

  /** A value sent in a document is text: it is never read as a slot, a default or an escape. */
  @ParameterizedTest
  @ValueSource(strings = {"${x}", "${nope:-79140}", "${years}", "$${min}", "${sys:user.home}", "${", "$", "}"})
  void aValueIsInsertedAsSentNeverInterpreted(String value) {
    assertThat(MessageTemplate.of("Crebo ${crebo} bestaat niet.").fill(Map.of("crebo", value)))
        .isEqualTo("Crebo " + value + " bestaat niet.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a lone $ sign", "$${years} escaped", "${years:-9} default", "${}", "${na${min}me}", "trailing ${",
      "${a.b}", "${ years}"})
  void aMessageWithAnythingButPlainSlotsIsRefusedAtLoad(String text) {
    assertThatThrownBy(() -> MessageTemplate.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${name}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a ${nope}", "${years} and ${unknown}"})
  void aSlotTheRuleGaveNoFactForIsARuleDefect(String text) {
    assertThatThrownBy(() -> MessageTemplate.of(text).fill(WORDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gave no fact");
  }
}
