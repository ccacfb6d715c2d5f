package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The closed vocabularies of formats.md; values that are Dutch legal terms stay Dutch. */
public final class Codes {
  private Codes() {}

  public enum RouteType { VAKMANSCHAPSROUTE, BEROEPSROUTE, TECHNOLOGIEROUTE }

  public enum Leerweg { BB, KB, GL, TL }

  public enum Sector { TECHNIEK, ZORG_EN_WELZIJN, ECONOMIE, LANDBOUW, INTERSECTORAAL }

  public enum Pathway { BOL, BBL }

  public enum SubmissionChannel { ELECTRONIC, PAPER }

  public enum ApplicantForm { JOINT, AOC, VERTICALE_SCHOLENGEMEENSCHAP }

  public enum AgreementKind { SAMENWERKINGSOVEREENKOMST, INTERNE_REGELING }

  public enum ExamScope { COMMON_PART, FULL }

  /** {@code BOTH}: registered at the school and the institution at once (formats.md §6). */
  public enum EnrolledAt { SCHOOL, INSTITUTION, BOTH }

  /** {@code VMBO_CE}: central-exam subjects of one sitting (formats.md §6). */
  public enum ExamPart { VMBO_COMMON_PART, VMBO_SECTOR_PART, VMBO_FULL, MBO, VMBO_CE }

  /** A route under the structural law: doorlopende leerroute or geïntegreerde route (formats.md §5). */
  public enum LawRouteKind { DLR, GLR }

  /** Who offers a route under the law (law2020.md N-LAW-25). */
  public enum ProviderForm { JOINT, AOC, VERTICALE_SCHOLENGEMEENSCHAP, VSO_JOINT, NON_FUNDED }

  /** Where a route under the law is given (WVO 10b13(1)). */
  public enum Location { SCHOOL, INSTITUTION, OTHER }

  public enum DiplomaKind { VMBO_BB, VMBO_KB, VMBO_GL, VMBO_TL, MBO_ENTREE, MBO_2, MBO_3, MBO_4 }

  public enum Rating { ONVOLDOENDE, VOLDOENDE, GOED }

  public enum WithdrawalReason { QUALITY_MEASURE, ENDED_BY_BOARD }

  /** {@code advice.parentCouncil}: true, false, or "NONE" when the institution has no ouderraad. */
  public enum ParentCouncilAdvice {
    GIVEN, NOT_GIVEN, NO_COUNCIL;

    @JsonCreator
    public static ParentCouncilAdvice of(Object value) {
      if (Boolean.TRUE.equals(value)) {
        return GIVEN;
      }
      if (Boolean.FALSE.equals(value)) {
        return NOT_GIVEN;
      }
      if ("NONE".equals(value)) {
        return NO_COUNCIL;
      }
      throw new IllegalArgumentException("expected true, false or \"NONE\", not " + value);
    }

    @JsonValue
    public Object json() {
      return switch (this) {
        case GIVEN -> Boolean.TRUE;
        case NOT_GIVEN -> Boolean.FALSE;
        case NO_COUNCIL -> "NONE";
      };
    }
  }
}
