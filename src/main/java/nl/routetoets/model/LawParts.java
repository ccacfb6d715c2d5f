package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import nl.routetoets.model.Codes.AgreementKind;
import nl.routetoets.model.Codes.Leerweg;
import nl.routetoets.model.Codes.ProviderForm;

/**
 * The parts of a route under the structural law (formats.md §5) that an experiment route has not.
 * Where the law needs "there is none" said, the document writes {@code "NONE"}; these parts then read
 * as their {@code NONE} value, and null still means "not known".
 */
public final class LawParts {
  private LawParts() {}

  /** The string a document writes for a known absence. */
  public static final String NONE = "NONE";

  public record Provider(ProviderForm form, ProviderSchool school, ProviderInstitution institution) {}

  /** {@code leerwegen} and {@code profielen}: what the school offers. */
  public record ProviderSchool(String brin, String vestiging, String name, List<Leerweg> leerwegen, List<String> profielen) {}

  public record ProviderInstitution(String brin, String name) {}

  /** Where a shortfall of hours is recorded (N-LAW-15); read only when the hours fall short. */
  public record ReducedHours(Boolean schoolplan, Boolean schoolgids, Boolean annualReport) {}

  public record ProgrammeDescription(Boolean perYear, Boolean examinationPerYear, Boolean partsMarked, Boolean inOer) {}

  public record Teams(Boolean used, Boolean namedInDescription) {}

  /** The route year of the 1st and 2nd sitting of the central exam, or {@code "NONE"} (a GLR without the BB exam). */
  public record CentralExamRouteYear(Integer routeYear) {
    public static final CentralExamRouteYear NONE_PLANNED = new CentralExamRouteYear(null);

    @JsonCreator
    public static CentralExamRouteYear of(Object value) {
      if (value instanceof Integer year) {
        return new CentralExamRouteYear(year);
      }
      if (NONE.equals(value)) {
        return NONE_PLANNED;
      }
      // the words the reader uses for every other whole-number field, so that 2.0 and 2147483648 read alike everywhere
      if (value instanceof Long || value instanceof java.math.BigInteger) {
        throw new IllegalArgumentException("out of range: a whole number here is at most 2147483647");
      }
      if (value instanceof Number) {
        throw new IllegalArgumentException(Printable.quote(value) + " is not a whole number");
      }
      throw new IllegalArgumentException("expected a route year (a whole number) or \"NONE\", not " + Printable.quote(value));
    }

    public boolean none() {
      return routeYear == null;
    }

    @JsonValue
    public Object json() {
      return none() ? NONE : routeYear;
    }
  }

  /** A date, or {@code "NONE"} when the thing dated was never done. */
  public record DateOrNone(LocalDate date) {
    public static final DateOrNone NEVER = new DateOrNone(null);

    /** {@code application.schema.json#/$defs/date}: four digits for the year, no sign, no time. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @JsonCreator
    public static DateOrNone of(String value) {
      if (NONE.equals(value)) {
        return NEVER;
      }
      if (!DATE.matcher(value).matches()) {
        throw new IllegalArgumentException("expected a date (YYYY-MM-DD) or \"NONE\", not " + Printable.quote(value));
      }
      try {
        return new DateOrNone(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("impossible date " + Printable.quote(value) + " (write YYYY-MM-DD, or \"NONE\")");
      }
    }

    public boolean none() {
      return date == null;
    }

    @JsonValue
    public String json() {
      return none() ? NONE : date.toString();
    }
  }

  /**
   * The samenwerkingsovereenkomst or interne regeling (WVO 10b11): its clauses a–j in order, or
   * {@code "NONE"} when there is none ({@link #none()}).
   */
  public record RouteAgreement(
      AgreementKind kind,
      Boolean profielAndRelated,
      Boolean management,
      Boolean managementReporting,
      Boolean organisation,
      Application.FundingTransfer fundingTransfer,
      Boolean overstapoptie,
      Boolean businessInvolvement,
      Boolean disputes,
      Boolean joiningAndEnding,
      Boolean participation,
      boolean none) {
    public static final RouteAgreement NO_AGREEMENT =
        new RouteAgreement(null, null, null, null, null, null, null, null, null, null, null, true);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static RouteAgreement of(
        @com.fasterxml.jackson.annotation.JsonProperty("kind") AgreementKind kind,
        @com.fasterxml.jackson.annotation.JsonProperty("profielAndRelated") Boolean profielAndRelated,
        @com.fasterxml.jackson.annotation.JsonProperty("management") Boolean management,
        @com.fasterxml.jackson.annotation.JsonProperty("managementReporting") Boolean managementReporting,
        @com.fasterxml.jackson.annotation.JsonProperty("organisation") Boolean organisation,
        @com.fasterxml.jackson.annotation.JsonProperty("fundingTransfer") Application.FundingTransfer fundingTransfer,
        @com.fasterxml.jackson.annotation.JsonProperty("overstapoptie") Boolean overstapoptie,
        @com.fasterxml.jackson.annotation.JsonProperty("businessInvolvement") Boolean businessInvolvement,
        @com.fasterxml.jackson.annotation.JsonProperty("disputes") Boolean disputes,
        @com.fasterxml.jackson.annotation.JsonProperty("joiningAndEnding") Boolean joiningAndEnding,
        @com.fasterxml.jackson.annotation.JsonProperty("participation") Boolean participation) {
      return new RouteAgreement(kind, profielAndRelated, management, managementReporting, organisation, fundingTransfer,
          overstapoptie, businessInvolvement, disputes, joiningAndEnding, participation, false);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RouteAgreement none(String value) {
      if (NONE.equals(value)) {
        return NO_AGREEMENT;
      }
      throw new IllegalArgumentException("expected an object or \"NONE\", not " + Printable.quote(value));
    }
  }

  /** The joint notification to the Minister (WVO 10b12), or {@code "NONE"} when none was made. */
  public record Melding(LocalDate notifiedOn, Boolean jointly, boolean none) {
    public static final Melding NOT_NOTIFIED = new Melding(null, null, true);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static Melding of(
        @com.fasterxml.jackson.annotation.JsonProperty("notifiedOn") LocalDate notifiedOn,
        @com.fasterxml.jackson.annotation.JsonProperty("jointly") Boolean jointly) {
      return new Melding(notifiedOn, jointly, false);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Melding none(String value) {
      if (NONE.equals(value)) {
        return NOT_NOTIFIED;
      }
      throw new IllegalArgumentException("expected an object or \"NONE\", not " + Printable.quote(value));
    }
  }

  public record Complaints(Boolean coversOtherBoard, Boolean chairIndependent) {}

  public record Glr(Boolean bbFinalExamOffered) {}
}
