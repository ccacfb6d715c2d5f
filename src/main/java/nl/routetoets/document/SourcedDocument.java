package nl.routetoets.document;

import java.util.List;
import nl.routetoets.model.Document;
import nl.routetoets.model.InputError;

/**
 * One document read from a source, or the errors that kept it from being read. {@code type} and
 * {@code id} are filled in as far as they could be read, so that an error result still names its subject.
 */
public record SourcedDocument(
    String file, Integer line, String type, String id, Document document, List<InputError> errors, java.time.LocalDate bundleAsOf) {
  public boolean valid() {
    return document != null && errors.isEmpty();
  }
}
