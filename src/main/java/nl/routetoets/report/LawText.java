package nl.routetoets.report;

/** The definitions of the sections on the law and the passage, as report.html and summary.json state them. */
final class LawText {
  private LawText() {}

  static final String DENOMINATOR_NL = "Eén definitie, één noemer: elke tabel over leerlingen in dit deel telt de leesbare"
      + " leerlingtrajecten van de invoer (N: de records van het type trajectory met een ander oordeel dan onleesbaar), elk"
      + " één keer, in de groep van het regime van zijn resultaat: het regime waaronder zijn route begon, LAW_2020 voor een"
      + " route onder de wet. De rijen van een tabel tellen op tot N, of tot de deelgroep die erboven staat; percentages zijn"
      + " van de rij. Routedocumenten tellen als routes, niet als leerlingen.";

  static final String DENOMINATOR_EN = "One definition, one denominator: every table of students in this part counts the"
      + " readable student trajectories of the input (N: the records of type trajectory whose verdict is not invalid), each"
      + " once, in the group of its result's regime: the regime its route started under, LAW_2020 for a route under the law."
      + " The rows of a table add up to N, or to the subgroup named above it; rates are of the row. Route documents count as"
      + " routes, not as students.";
}
