package nl.routetoets.facts;

import java.util.Arrays;
import java.util.Collection;

/**
 * The unknown fields of a JSON object that a document may leave out. Present, the object is a fact and
 * {@link Located#missing} names its null fields; absent, there is no fact and every field is unknown. A
 * rule that needs both cases gets the object with {@code from collect(...)}: a list that is empty when the
 * object is absent, and holds its one fact otherwise.
 */
public final class OptionalParts {
  private OptionalParts() {}

  /**
   * The paths of the named fields of the object {@code part} of {@code owner} that are not known, in the
   * order given: every field when {@code found} is empty, else the fields its one fact leaves null.
   */
  public static String[] missingIn(Located owner, String part, Collection<?> found, String... fields) {
    if (found.isEmpty()) {
      return Arrays.stream(fields).map(field -> owner.at(part + "." + field)).toArray(String[]::new);
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(owner.at(part) + " is one object, but " + found.size() + " facts were found for it");
    }
    return ((Located) found.iterator().next()).missing(fields);
  }
}
