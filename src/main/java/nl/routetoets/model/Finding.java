package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/** One thing a rule found, with the norm and article it rests on (formats.md §4). */
public record Finding(
    String norm,
    String rule,
    Severity severity,
    Citation article,
    String path,
    SortedMap<String, Object> facts,
    Text message,
    List<String> missingFacts,
    Text fix,
    @JsonInclude(JsonInclude.Include.NON_NULL) String interpretation,
    @JsonIgnore String route) {

  /**
   * {@code route}: where the route the finding is about sits in its document ({@code routes[i]}), taken
   * from the route facts the rule matched; null for a finding about the document as a whole. Not part
   * of the result format: a result lists a route's findings under the route.
   */
  public Finding {}

  /** A finding about no route in particular. */
  public Finding(
      String norm, String rule, Severity severity, Citation article, String path, SortedMap<String, Object> facts,
      Text message, List<String> missingFacts, Text fix, String interpretation) {
    this(norm, rule, severity, article, path, facts, message, missingFacts, fix, interpretation, null);
  }

  /** formats.md §4: findings sorted by norm, then path; rule name breaks the remaining ties. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::norm, Finding::compareNormIds)
          .thenComparing(Finding::path)
          .thenComparing(Finding::rule);

  /** N-EX-2 before N-EX-10: compare the number part numerically. */
  static int compareNormIds(String a, String b) {
    int ia = a.lastIndexOf('-');
    int ib = b.lastIndexOf('-');
    int prefix = a.substring(0, ia + 1).compareTo(b.substring(0, ib + 1));
    if (prefix != 0) {
      return prefix;
    }
    try {
      return Integer.compare(Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** A text in Dutch and English. */
  public record Text(String nl, String en) {}

  /** Where the norm stands: regulation, article, part and text version. */
  public record Citation(String regulation, String article, String part, String version, String citation) {}
}
