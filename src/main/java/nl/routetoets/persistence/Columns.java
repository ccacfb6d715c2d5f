package nl.routetoets.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one place where the typed values of a row become the text of their columns, and back. An enum
 * is stored by its name and a JSON column with the project's one JSON configuration, exactly as
 * before these types existed, so rows written then read the same. A stored value that does not fit
 * its type is an {@link UnreadableRowException} naming the column, never a default.
 */
final class Columns {
  private Columns() {}

  /** The column text of an enum value; null stays null (a column that may be empty). */
  static String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** The enum value a column holds; null for an empty column. */
  static <E extends Enum<E>> E read(Class<E> type, String column, String stored) {
    if (stored == null) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(stored)) {
        return value;
      }
    }
    throw new UnreadableRowException(column + " holds \"" + stored + "\", which is none of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  static String json(Object value) {
    return Json.MAPPER.writeValueAsString(value);
  }

  static JsonNode tree(String column, String stored) {
    try {
      return Json.MAPPER.readTree(stored);
    } catch (JacksonException e) {
      throw new UnreadableRowException(column + " does not hold valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static List<Overrule> overrules(String column, String stored) {
    try {
      return List.of(Json.MAPPER.readValue(stored, Overrule[].class));
    } catch (JacksonException e) {
      throw new UnreadableRowException(column + " does not hold a JSON array of overrules: " + e.getOriginalMessage(), e);
    }
  }
}
