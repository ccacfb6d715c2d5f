package nl.routetoets.model;

/**
 * A problem with the input: where it is (file, JSON Lines line, JSON path) and what is wrong. Path and
 * problem may repeat what the input said; they are kept printable (see {@link Printable}), so that an
 * error can always be shown, logged and written.
 */
public record InputError(String file, Integer line, String path, String problem) {
  public InputError {
    path = Printable.text(path);
    problem = Printable.text(problem);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (file != null) {
      b.append(file);
      if (line != null) {
        b.append(':').append(line);
      }
      b.append(": ");
    }
    if (path != null && !path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(problem).toString();
  }
}
