package nl.routetoets.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The signatures an application form needs: the institution board's on every form, with the school
 * board's on a joint application (D2013/D2015 art. 3(1); for an AOC or verticale scholengemeenschap
 * the institution's board applies alone, art. 3(5)(a)). UR2013 art. 2(3) asks the same of the paper form.
 */
public final class Signatures {
  private Signatures() {}

  /**
   * The paths of the needed signatures that are not known, the school's first. {@code applicant} and
   * {@code parties} are the form's {@link ApplicantFact} and {@link PartyFact}s a rule collected; a form
   * whose kind is unknown needs only the institution's.
   */
  public static String[] unknown(Located form, Collection<?> applicant, Collection<?> parties) {
    boolean joint = applicant.stream().anyMatch(a -> a instanceof ApplicantFact f && "JOINT".equals(f.form()));
    List<String> unknown = new ArrayList<>();
    if (joint) {
      unknown.addAll(List.of(OptionalParts.missingIn(form, "applicant.school", of("SCHOOL", parties), "signed")));
    }
    unknown.addAll(List.of(OptionalParts.missingIn(form, "applicant.institution", of("INSTITUTION", parties), "signed")));
    return unknown.toArray(new String[0]);
  }

  private static List<PartyFact> of(String party, Collection<?> parties) {
    return parties.stream().filter(p -> p instanceof PartyFact f && party.equals(f.party())).map(PartyFact.class::cast).toList();
  }
}
