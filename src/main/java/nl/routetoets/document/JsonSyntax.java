package nl.routetoets.document;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds what is wrong with a JSON text's syntax with the streaming parser alone, before any data binding. A cold
 * command that is handed a broken document so answers without building Jackson's data binding first, which cost it
 * a third of its time (docs/performance.md, issue 14). The parser is configured as {@link Json#MAPPER}'s (a test
 * holds them together), so it stops at the same character with the same exception as reading the tree would.
 */
public final class JsonSyntax {
  static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonSyntax() {}

  /**
   * The syntax error of the text's first value, or of what follows it; empty when there is none (the text may still
   * be no document: empty, not an object, or with a second value after the first, which the reader words itself).
   */
  public static Optional<JacksonException> problem(String text) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      parser.skipChildren();
      parser.nextToken(); // a broken token after the value is an error here too; a whole second value is the reader's to word
      return Optional.empty();
    } catch (JacksonException e) { // a syntax error, or a limit such as the depth of nesting
      return Optional.of(e);
    }
  }
}
