package nl.routetoets.model;

import java.time.LocalDate;
import java.util.List;

/** Several documents in one file; trajectories in it may refer to applications in it. */
public record Bundle(String id, LocalDate asOf, List<Document> documents) implements Document {
  @Override
  public String typeName() {
    return "bundle";
  }
}
