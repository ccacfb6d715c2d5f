package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;

/** The vo schools of the reference data: BRIN numbers with the names DUO gives their vestigingen. */
class ReferenceSchoolsTest {
  private final Reference reference = TestRuleSet.get().reference();

  @Test
  void aKnownBrinHasItsNameAndCaseOrSpacesDoNotMatter() {
    assertThat(reference.school("30AU").name()).isEqualTo("Citadel College");
    assertThat(reference.school(" 30au ").brin()).isEqualTo("30AU");
  }

  @Test
  void aSchoolWithTwoVestigingenNamesBothInTheOrderOfTheirCodes() {
    // 00AH07 Het Stedelijk College Zuid, 00AH17 Het Stedelijk Alpha
    assertThat(reference.school("00AH").names()).containsExactly("Het Stedelijk College Zuid", "Het Stedelijk Alpha");
    assertThat(reference.school("00AH").name()).isEqualTo("Het Stedelijk College Zuid / Het Stedelijk Alpha");
  }

  @Test
  void anUnknownBrinIsNotASchool() {
    assertThat(reference.school("12ZZ")).isNull();
    assertThat(reference.school(null)).isNull();
    // the demo's mbo institutions are fictitious (99..): not in DUO's list of vo schools
    assertThat(reference.school("99TW")).isNull();
  }

  @Test
  void theListHoldsEverySchoolOfTheFileOnceInBrinOrder() throws Exception {
    // the first field of every row after the header, quotes removed
    java.util.Set<String> inFile = java.nio.file.Files.readAllLines(TestRuleSet.RULES.resolve("reference").resolve(Reference.SCHOOLS_FILE))
        .stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(';')).replace("\"", ""))
        .collect(java.util.stream.Collectors.toSet());
    assertThat(reference.schools()).extracting(Reference.School::brin).isSorted().doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(inFile).contains("00AH", "04XU", "30AU");
  }
}
