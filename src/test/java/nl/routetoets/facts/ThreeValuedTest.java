package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Unknown is never false: each operator gives unknown exactly where the known values do not decide. */
class ThreeValuedTest {
  private static final Boolean UNKNOWN = null;

  @Test
  void bothIsFalseAsSoonAsOneIsFalseAndUnknownOtherwiseWhileOneIsUnknown() {
    assertThat(ThreeValued.en(true, true)).isTrue();
    assertThat(ThreeValued.en(false, UNKNOWN)).isFalse();
    assertThat(ThreeValued.en(UNKNOWN, false)).isFalse();
    assertThat(ThreeValued.en(true, UNKNOWN)).isNull();
  }

  @Test
  void eitherIsTrueAsSoonAsOneIsTrueAndUnknownOtherwiseWhileOneIsUnknown() {
    assertThat(ThreeValued.of(false, false)).isFalse();
    assertThat(ThreeValued.of(UNKNOWN, true)).isTrue();
    assertThat(ThreeValued.of(false, UNKNOWN)).isNull();
  }

  @Test
  void notKeepsUnknown() {
    assertThat(ThreeValued.niet(true)).isFalse();
    assertThat(ThreeValued.niet(UNKNOWN)).isNull();
  }

  @Test
  void aGradeIsAtLeastTheBoundIncludingTheBoundAndUnknownWithoutAGrade() {
    assertThat(ThreeValued.minstens(new BigDecimal("5.5"), 6)).isFalse();
    assertThat(ThreeValued.minstens(new BigDecimal("6.0"), 6)).isTrue();
    assertThat(ThreeValued.minstens(null, 6)).isNull();
  }

  @Test
  void onlyVoldoendeAndGoedAreSufficient() {
    assertThat(ThreeValued.voldoendeOfGoed("GOED")).isTrue();
    assertThat(ThreeValued.voldoendeOfGoed("VOLDOENDE")).isTrue();
    assertThat(ThreeValued.voldoendeOfGoed("ONVOLDOENDE")).isFalse();
    assertThat(ThreeValued.voldoendeOfGoed(null)).isNull();
  }

  @Test
  void anOutcomeIsAWordARuleCanMatch() {
    assertThat(ThreeValued.uitkomst(true)).isEqualTo("ja");
    assertThat(ThreeValued.uitkomst(false)).isEqualTo("nee");
    assertThat(ThreeValued.uitkomst(UNKNOWN)).isEqualTo("onbekend");
  }
}
