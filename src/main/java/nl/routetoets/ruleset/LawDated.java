package nl.routetoets.ruleset;

/**
 * A fact of a route under the law whose date decides which WVO text a finding cites (law2020.md
 * N-LAW-27): {@code WVO} (art. 10b10–10b21) until 31 July 2022, {@code WVO2020} (art. 2.107a–2.107l)
 * from 1 August 2022. The first matched fact that is one decides the citation of a finding.
 */
public interface LawDated {
  /** {@code WVO} or {@code WVO2020}; null when the date that decides is unknown (the finding then cites the WVO text). */
  String articleText();
}
