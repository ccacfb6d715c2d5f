package nl.routetoets.facts;

import static nl.routetoets.facts.ThreeValued.en;
import static nl.routetoets.facts.ThreeValued.minstens;
import static nl.routetoets.facts.ThreeValued.niet;
import static nl.routetoets.facts.ThreeValued.of;
import static nl.routetoets.facts.ThreeValued.voldoendeOfGoed;

/**
 * Art. 7(3) of the Besluit: the vmbo results with which a student who did not pass the vmbo exam may
 * still complete the basisberoepsopleiding within the vakmanschaproute. Three-valued: null is "not
 * known". Condition (b) reads the same in D2013 and D2015; condition (a) gained maatschappijleer in D2015.
 * From the text of 2018-03-15 (b) asks the languages and the rekentoets only taken, as art. 16a did; from
 * 2020-08-01 the languages alone (interpretations.md I-65).
 */
public final class Art7Lid3 {
  private Art7Lid3() {}

  /** (a) as in D2013: culturele en kunstzinnige vorming (the kunstvak) and lichamelijke opvoeding voldoende or goed. */
  public static Boolean onderdeelA2013(VmboResultsFact v) {
    return en(voldoendeOfGoed(v.kunstvak()), voldoendeOfGoed(v.lichamelijkeOpvoeding()));
  }

  /** (a) as in D2015: the kunstvak and LO voldoende or goed, and maatschappijleer (school exam) 6, read as 6 or more (I-09). */
  public static Boolean onderdeelA2015(VmboResultsFact v) {
    return en(onderdeelA2013(v), minstens(v.maatschappijleerSE(), 6));
  }

  /**
   * (b): 1° Nederlands and Engels {@link #talen}, and the rekentoets 6 or more; or 2° the rekentoets 5
   * and both languages 6 or more.
   */
  public static Boolean onderdeelB(VmboResultsFact v) {
    Boolean eerste = en(talen(v), minstens(v.rekentoets(), 6));
    Boolean rekentoetsVijf = en(minstens(v.rekentoets(), 5), niet(minstens(v.rekentoets(), 6)));
    Boolean tweede = en(rekentoetsVijf, en(minstens(v.nederlands(), 6), minstens(v.engels(), 6)));
    return of(eerste, tweede);
  }

  /**
   * (a) as in D2018, D2019 and D2020: the kunstvak and LO voldoende or goed, and maatschappijleer "als eindcijfer
   * 6 of meer", which is how I-09 already read D2015; the grade is the school-exam grade, the subject's only
   * final grade in BB and KB (I-65).
   */
  public static Boolean onderdeelA2018(VmboResultsFact v) {
    return onderdeelA2015(v);
  }

  /** (b) as in D2018 and D2019, and art. 16a(1) of D2015: Nederlands and Engels {@link #talen}, and the rekentoets taken. */
  public static Boolean onderdeelB2018(VmboResultsFact v) {
    return en(talen(v), rekentoetsAfgelegd(v));
  }

  /** (b) as in D2020: Nederlands and Engels {@link #talen}; the rekentoets is gone. */
  public static Boolean onderdeelB2020(VmboResultsFact v) {
    return talen(v);
  }

  /**
   * Whether the rekentoets was taken: a recorded grade, of whatever height, shows it was; without one it is not
   * known, never "not taken" (I-65).
   */
  public static Boolean rekentoetsAfgelegd(VmboResultsFact v) {
    return v.rekentoets() == null ? null : Boolean.TRUE;
  }

  /** Nederlands and Engels: the one a final grade of 5 or more and the other 6 or more (also art. 16a(1)(a)). */
  public static Boolean talen(VmboResultsFact v) {
    return en(en(minstens(v.nederlands(), 5), minstens(v.engels(), 5)),
        of(minstens(v.nederlands(), 6), minstens(v.engels(), 6)));
  }
}
