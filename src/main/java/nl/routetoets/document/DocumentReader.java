package nl.routetoets.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import nl.routetoets.model.Bundle;
import nl.routetoets.model.Document;
import nl.routetoets.model.DocumentIds;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Printable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads documents from JSON (one document or a bundle) or JSON Lines (one document per line). JSON
 * Lines is read one line at a time, so a stream of any size is never held in memory; a bad line
 * becomes an error for that line and the next lines are still read.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * A whole JSON file as bytes: they must be UTF-8; a byte that is not is an error naming its line, and
   * nothing of the file is read.
   */
  public static void readJson(String file, InputStream in, Consumer<SourcedDocument> sink) throws IOException {
    String text;
    try (InputStream bytes = in) {
      text = Utf8.decode(file, bytes.readAllBytes());
    } catch (Utf8.Invalid e) {
      sink.accept(error(file, e.line(), null, null, "", e.problem()));
      return;
    }
    if (bindDirectly(file, null, text, sink)) {
      return;
    }
    // not bound straight (most often cut short, or with a problem): its syntax first, with the streaming parser alone,
    // so that a cold command answers a broken document without building Jackson's data binding (JsonSyntax)
    Optional<JacksonException> syntax = JsonSyntax.problem(text);
    if (syntax.isPresent()) {
      JacksonException e = syntax.get();
      sink.accept(failed(file, e.getLocation() == null ? null : e.getLocation().getLineNr(), null, null, "", e));
      return;
    }
    readJson(file, new StringReader(text), sink);
  }

  /** A whole JSON file: one document, or a bundle whose documents come out one by one. */
  public static void readJson(String file, Reader in, Consumer<SourcedDocument> sink) throws IOException {
    JsonNode tree;
    try (Reader r = in) {
      tree = Json.TREES.readTree(r);
    } catch (JacksonException e) {
      sink.accept(failed(file, e.getLocation() == null ? null : e.getLocation().getLineNr(), null, null, "", e));
      return;
    }
    emit(file, null, tree, sink);
  }

  /**
   * A JSON Lines stream as bytes; blank lines are skipped, line numbers count from 1. A line that is not
   * UTF-8 is an error for that line, and the next lines are still read.
   */
  public static Iterator<SourcedDocument> readJsonLines(String file, InputStream in) {
    Utf8Lines lines = new Utf8Lines(in);
    return new LineDocuments(file, lines::next);
  }

  /** A JSON Lines stream already decoded; blank lines are skipped, line numbers count from 1. */
  public static Iterator<SourcedDocument> readJsonLines(String file, Reader in) {
    BufferedReader lines = new BufferedReader(in);
    int[] number = {0};
    return new LineDocuments(file, () -> {
      String text = lines.readLine();
      return text == null ? null : new Utf8Lines.Line(++number[0], text, null);
    });
  }

  /** Where the lines of a stream come from: the next line, or null at the end. */
  private interface LineSource {
    Utf8Lines.Line next() throws IOException;
  }

  /** The documents of a JSON Lines stream, read a line at a time as they are asked for. */
  private static final class LineDocuments implements Iterator<SourcedDocument> {
    private final String file;
    private final LineSource lines;
    private final List<SourcedDocument> pending = new ArrayList<>();
    private boolean done;

    LineDocuments(String file, LineSource lines) {
      this.file = file;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !done) {
        Utf8Lines.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (line == null) {
          done = true;
        } else if (line.text() == null) {
          pending.add(error(file, line.number(), null, null, "", line.problem()));
        } else if (!line.text().isBlank()) {
          parseLine(file, line.number(), line.text(), pending::add);
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public SourcedDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.remove(0);
    }
  }

  /** One line of a JSON Lines stream: a document, a bundle of documents, or an error result for the line. */
  public static void parseLine(String file, int lineNr, String line, Consumer<SourcedDocument> sink) {
    if (bindDirectly(file, lineNr, line, sink)) {
      return;
    }
    JsonNode tree;
    try {
      tree = Json.TREES.readTree(line);
    } catch (JacksonException e) {
      sink.accept(failed(file, lineNr, null, null, "", e));
      return;
    }
    emit(file, lineNr, tree, sink);
  }

  /**
   * Binds a document that names its type first (as generated, exported and most written documents do) straight to
   * its record, without building a tree first: that halves the cost of reading it. Any problem, and a bundle, sends
   * the text down the general path, which finds the same problem and describes it with its path; so results are the
   * same either way.
   */
  private static boolean bindDirectly(String file, Integer lineNr, String text, Consumer<SourcedDocument> sink) {
    if (!namesItsTypeFirst(text)) {
      return false;
    }
    Document doc;
    try {
      doc = Json.MAPPER.readValue(text, Document.class);
    } catch (JacksonException e) {
      return false;
    }
    if (doc instanceof Bundle) {
      return false;
    }
    List<InputError> errors = DocumentValidator.validate(doc, file, lineNr, "");
    sink.accept(new SourcedDocument(file, lineNr, doc.typeName(), DocumentIds.orNull(doc.id()), errors.isEmpty() ? doc : null, errors,
        null));
    return true;
  }

  /**
   * Whether the text looks like one object whose first field is {@code "type"}: then the type is known before any other
   * field is read, and the binding needs no buffer of the fields before it. A text that does not end in a closing brace
   * (most often one cut short) goes down the general path at once, rather than having its type's deserializers built
   * only to fail on the syntax: a cold command so answers it without them.
   */
  static boolean namesItsTypeFirst(String text) {
    int i = skipWhiteSpace(text, 0);
    if (i >= text.length() || text.charAt(i) != '{' || !endsWithClosingBrace(text)) {
      return false;
    }
    i = skipWhiteSpace(text, i + 1);
    return text.startsWith("\"type\"", i);
  }

  private static boolean endsWithClosingBrace(String text) {
    int end = text.length() - 1;
    while (end >= 0 && isWhiteSpace(text.charAt(end))) {
      end--;
    }
    return end >= 0 && text.charAt(end) == '}';
  }

  private static int skipWhiteSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isWhiteSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** White space as JSON has it. */
  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static void emit(String file, Integer line, JsonNode tree, Consumer<SourcedDocument> sink) {
    if (!(tree instanceof ObjectNode)) {
      sink.accept(error(file, line, null, null, "", "a document is a JSON object with a \"type\""));
      return;
    }
    if ("bundle".equals(text(tree, "type"))) {
      bundle(file, line, (ObjectNode) tree, sink);
      return;
    }
    bind(file, line, "", tree, null, sink);
  }

  /** A bundle's documents one by one; the bundle's own fields are checked first, as the schema has them. */
  private static void bundle(String file, Integer line, ObjectNode tree, Consumer<SourcedDocument> sink) {
    String id = id(tree);
    for (var name : tree.propertyNames()) {
      if (!List.of("type", "id", "asOf", "documents").contains(name)) {
        sink.accept(error(file, line, "bundle", id, name, "unknown field " + Printable.quote(name)));
        return;
      }
    }
    JsonNode idNode = tree.get("id");
    if (idNode != null && !idNode.isNull() && !(idNode.isString() && DocumentIds.valid(idNode.asString()))) {
      sink.accept(error(file, line, "bundle", null, "id",
          idNode.isString() ? DocumentIds.problem(idNode.asString()) : "wrong type: expected a string or null"));
      return;
    }
    JsonNode docs = tree.get("documents");
    if (docs == null || !docs.isArray()) {
      sink.accept(error(file, line, "bundle", id, "documents", "a bundle needs an array \"documents\""));
      return;
    }
    java.time.LocalDate bundleAsOf;
    try {
      bundleAsOf = Json.MAPPER.treeToValue(tree.get("asOf"), java.time.LocalDate.class);
    } catch (JacksonException e) {
      sink.accept(error(file, line, "bundle", id, "asOf", JsonReadErrors.describe(e)));
      return;
    }
    for (int i = 0; i < docs.size(); i++) {
      JsonNode doc = docs.get(i);
      String prefix = "documents[" + i + "]";
      if (doc.isNull()) {
        sink.accept(error(file, line, null, null, prefix, "must not be null"));
      } else if (!doc.isObject()) {
        sink.accept(error(file, line, null, null, prefix, "a document is a JSON object with a \"type\""));
      } else if ("bundle".equals(text(doc, "type"))) {
        sink.accept(error(file, line, "bundle", id(doc), prefix + ".type", "a bundle cannot hold another bundle"));
      } else {
        bind(file, line, prefix, doc, bundleAsOf, sink);
      }
    }
  }

  private static void bind(
      String file, Integer line, String prefix, JsonNode tree, java.time.LocalDate bundleAsOf, Consumer<SourcedDocument> sink) {
    String type = type(tree);
    String id = id(tree);
    Document doc;
    try {
      doc = Json.MAPPER.treeToValue(tree, Document.class);
    } catch (JacksonException e) {
      sink.accept(failed(file, line, type, id, prefix, e));
      return;
    }
    if (doc instanceof Bundle) {
      sink.accept(error(file, line, type, id, prefix, "a bundle cannot hold another bundle"));
      return;
    }
    List<InputError> errors = DocumentValidator.validate(doc, file, line, prefix);
    sink.accept(new SourcedDocument(file, line, type, id, errors.isEmpty() ? doc : null, errors, bundleAsOf));
  }

  /** The document type as far as it names one, for the subject of an error. */
  private static String type(JsonNode tree) {
    String type = text(tree, "type");
    return type != null && List.of("application", "trajectory", "bundle", "route").contains(type) ? type : null;
  }

  /** The id as far as it is a valid one, for the subject of an error: a bad id is named in the error, not as the subject. */
  private static String id(JsonNode tree) {
    return DocumentIds.orNull(text(tree, "id"));
  }

  private static String text(JsonNode tree, String field) {
    JsonNode n = tree == null ? null : tree.get(field);
    return n != null && n.isString() ? n.asString() : null;
  }

  /** A document that cannot be read; a fault in the JSON text itself names its line (of the stream, for JSON Lines) and column. */
  private static SourcedDocument failed(String file, Integer line, String type, String id, String prefix, JacksonException e) {
    String problem = JsonReadErrors.isSyntax(e) ? JsonReadErrors.syntax(e, line) : JsonReadErrors.describe(e);
    return error(file, line, type, id, JsonReadErrors.path(prefix, e), problem);
  }

  private static SourcedDocument error(String file, Integer line, String type, String id, String path, String problem) {
    return new SourcedDocument(file, line, type, id, null, List.of(new InputError(file, line, path, problem)), null);
  }
}
