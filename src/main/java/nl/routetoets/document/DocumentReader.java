package nl.routetoets.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import nl.routetoets.model.Bundle;
import nl.routetoets.model.Document;
import nl.routetoets.model.InputError;
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

  /** A whole JSON file: one document, or a bundle whose documents come out one by one. */
  public static void readJson(String file, Reader in, Consumer<SourcedDocument> sink) throws IOException {
    JsonNode tree;
    try (Reader r = in) {
      tree = Json.MAPPER.readTree(r);
    } catch (JacksonException e) {
      sink.accept(failed(file, e.getLocation() == null ? null : e.getLocation().getLineNr(), null, null, "", e));
      return;
    }
    emit(file, null, tree, sink);
  }

  /** A JSON Lines stream; blank lines are skipped, line numbers count from 1. */
  public static Iterator<SourcedDocument> readJsonLines(String file, Reader in) {
    BufferedReader lines = new BufferedReader(in);
    return new Iterator<>() {
      private final List<SourcedDocument> pending = new ArrayList<>();
      private int lineNr;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          String line;
          try {
            line = lines.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          lineNr++;
          if (line == null) {
            done = true;
          } else if (!line.isBlank()) {
            parseLine(file, lineNr, line, pending::add);
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
    };
  }

  /** One line of a JSON Lines stream: a document, a bundle of documents, or an error result for the line. */
  public static void parseLine(String file, int lineNr, String line, Consumer<SourcedDocument> sink) {
    if (line.startsWith(PLAIN_TRAJECTORY) && bindDirectly(file, lineNr, line, sink)) {
      return;
    }
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(line);
    } catch (JacksonException e) {
      sink.accept(failed(file, lineNr, null, null, "", e));
      return;
    }
    emit(file, lineNr, tree, sink);
  }

  /** How a generated or exported trajectory line starts; such lines are bound without building a tree first. */
  private static final String PLAIN_TRAJECTORY = "{\"type\":\"trajectory\"";

  /**
   * Binds a trajectory line straight to its record, which halves the cost of reading a well-formed
   * line. Any problem sends the line down the general path, which finds the same problem and
   * describes it with its path; so results are the same either way.
   */
  private static boolean bindDirectly(String file, int lineNr, String line, Consumer<SourcedDocument> sink) {
    Document doc;
    try {
      doc = Json.MAPPER.readValue(line, Document.class);
    } catch (JacksonException e) {
      return false;
    }
    if (!(doc instanceof nl.routetoets.model.Trajectory)) {
      return false;
    }
    List<InputError> errors = DocumentValidator.validate(doc, file, lineNr, "");
    sink.accept(new SourcedDocument(file, lineNr, "trajectory", doc.id(), errors.isEmpty() ? doc : null, errors, null));
    return true;
  }

  private static void emit(String file, Integer line, JsonNode tree, Consumer<SourcedDocument> sink) {
    if (!(tree instanceof ObjectNode)) {
      sink.accept(error(file, line, null, null, "", "a document is a JSON object with a \"type\""));
      return;
    }
    if ("bundle".equals(text(tree, "type"))) {
      JsonNode docs = tree.get("documents");
      for (var name : tree.propertyNames()) {
        if (!List.of("type", "id", "asOf", "documents").contains(name)) {
          sink.accept(error(file, line, "bundle", text(tree, "id"), name, "unknown field \"" + name + "\""));
          return;
        }
      }
      if (docs == null || !docs.isArray()) {
        sink.accept(error(file, line, "bundle", text(tree, "id"), "documents", "a bundle needs an array \"documents\""));
        return;
      }
      java.time.LocalDate bundleAsOf;
      try {
        bundleAsOf = text(tree, "asOf") == null ? null : java.time.LocalDate.parse(text(tree, "asOf"));
      } catch (java.time.DateTimeException e) {
        sink.accept(error(file, line, "bundle", text(tree, "id"), "asOf", "impossible date \"" + text(tree, "asOf") + "\""));
        return;
      }
      for (int i = 0; i < docs.size(); i++) {
        JsonNode doc = docs.get(i);
        String prefix = "documents[" + i + "]";
        if ("bundle".equals(text(doc, "type"))) {
          sink.accept(error(file, line, "bundle", text(doc, "id"), prefix + ".type", "a bundle cannot hold another bundle"));
        } else {
          bind(file, line, prefix, doc, bundleAsOf, sink);
        }
      }
      return;
    }
    bind(file, line, "", tree, null, sink);
  }

  private static void bind(
      String file, Integer line, String prefix, JsonNode tree, java.time.LocalDate bundleAsOf, Consumer<SourcedDocument> sink) {
    String type = text(tree, "type");
    String id = text(tree, "id");
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

  private static String text(JsonNode tree, String field) {
    JsonNode n = tree == null ? null : tree.get(field);
    return n != null && n.isString() ? n.asString() : null;
  }

  private static SourcedDocument failed(String file, Integer line, String type, String id, String prefix, JacksonException e) {
    return error(file, line, type, id, Problems.path(prefix, e), Problems.describe(e));
  }

  private static SourcedDocument error(String file, Integer line, String type, String id, String path, String problem) {
    return new SourcedDocument(file, line, type, id, null, List.of(new InputError(file, line, path, problem)), null);
  }
}
