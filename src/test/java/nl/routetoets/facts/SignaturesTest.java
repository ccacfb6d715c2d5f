package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static final ApplicationFact FORM =
      new ApplicationFact("", "APP-1", "EXP_2015", "EXP_2015", null, null, null, null, null, null, null, 1, java.util.Collections.emptySortedSet(), "D2015");

  private static PartyFact school(Boolean signed) {
    return new PartyFact("applicant.school", "APP-1", "SCHOOL", "02QZ", signed);
  }

  private static PartyFact institution(Boolean signed) {
    return new PartyFact("applicant.institution", "APP-1", "INSTITUTION", "25PZ", signed);
  }

  private static List<ApplicantFact> form(String form) {
    return List.of(new ApplicantFact("applicant", "APP-1", form));
  }

  @Test
  void aJointFormNeedsBothSignaturesTheSchoolsNamedFirst() {
    assertThat(Signatures.unknown(FORM, form("JOINT"), List.of(institution(null), school(null))))
        .containsExactly("applicant.school.signed", "applicant.institution.signed");
    assertThat(Signatures.unknown(FORM, form("JOINT"), List.of(institution(true), school(null))))
        .containsExactly("applicant.school.signed");
    assertThat(Signatures.unknown(FORM, form("JOINT"), List.of(institution(false), school(true)))).isEmpty();
  }

  @Test
  void aFormOfOneBoardNeedsOnlyTheInstitutionsSignature() {
    assertThat(Signatures.unknown(FORM, form("AOC"), List.of(institution(null), school(null))))
        .containsExactly("applicant.institution.signed");
    assertThat(Signatures.unknown(FORM, form("VERTICALE_SCHOLENGEMEENSCHAP"), List.of(institution(true)))).isEmpty();
  }

  @Test
  void aFormOfUnknownKindNeedsTheInstitutionsSignature() {
    assertThat(Signatures.unknown(FORM, form(null), List.of(school(null)))).containsExactly("applicant.institution.signed");
    assertThat(Signatures.unknown(FORM, List.of(), List.of())).containsExactly("applicant.institution.signed");
  }

  @Test
  void anAbsentPartyOnAJointFormHasItsSignatureUnknown() {
    assertThat(Signatures.unknown(FORM, form("JOINT"), List.of(institution(true))))
        .containsExactly("applicant.school.signed");
  }
}
