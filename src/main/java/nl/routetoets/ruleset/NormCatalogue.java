package nl.routetoets.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The norms of the regulation (rules/norms.json): each with its title, its source article(s), the
 * regimes whose texts hold it, and for a norm that no document can show, the reason it is not
 * automated. {@code note} says why the catalogue departs from spec/regulation.md where it does.
 */
public final class NormCatalogue {

  public record Norm(
      String id, String title, String source, List<String> regimes, String appliesTo, String note, String notAutomatable) {
    public boolean automatable() {
      return notAutomatable == null;
    }
  }

  record NormFile(String about, List<Norm> norms) {}

  private final Map<String, Norm> norms;

  private NormCatalogue(Map<String, Norm> norms) {
    this.norms = norms;
  }

  static NormCatalogue load(Path file) throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    NormFile parsed;
    try {
      parsed = mapper.readValue(Files.readString(file), NormFile.class);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
    }
    Map<String, Norm> byId = new LinkedHashMap<>();
    for (Norm n : parsed.norms()) {
      if (byId.put(n.id(), n) != null) {
        throw new IOException(file + ": norm " + n.id() + " is listed twice");
      }
    }
    return new NormCatalogue(java.util.Collections.unmodifiableMap(byId));
  }

  public Norm get(String id) {
    return norms.get(id);
  }

  /** In the order of the regulation. */
  public List<Norm> all() {
    return List.copyOf(norms.values());
  }
}
