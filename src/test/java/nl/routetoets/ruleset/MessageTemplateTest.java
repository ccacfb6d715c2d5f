package nl.routetoets.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplateTest {
  private static final Map<String, String> WORDS =
      Map.of("years", "2", "min", "3", "name", "Techniek", "odd", "${years}", "cost", "$5", "empty", "");

  private static String substitutor(String text) {
    return new StringSubstitutor(WORDS).setEnableUndefinedVariableException(true).replace(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "no slots", "${years}", "De route duurt ${years} jaar, minstens ${min}.", "${years}${min}", "{${name}}",
      "${odd} is substituted again", "costs ${cost}", "${empty}.", "$${years} is escaped", "a lone $ sign",
      "${years:-9} has a default", "${unknown:-default}", "trailing ${"})
  void givesWhatTheSubstitutorGives(String text) {
    assertEquals(substitutor(text), MessageTemplate.of(text).fill(WORDS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a ${nope}", "${}", "${na${min}me}"})
  void failsAsTheSubstitutorFails(String text) {
    IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, () -> substitutor(text));
    IllegalArgumentException actual = assertThrows(IllegalArgumentException.class, () -> MessageTemplate.of(text).fill(WORDS));
    assertEquals(expected.getMessage(), actual.getMessage());
  }
}
