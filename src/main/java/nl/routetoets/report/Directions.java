package nl.routetoets.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.routetoets.model.RouteParts;
import nl.routetoets.ruleset.Reference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The broad "opleidingsrichting" of the monitor (economie, landbouw, techniek, zorg en welzijn) on
 * both sides of the route, for the indicator "same direction". The mbo side maps an
 * opleidingsdomein to a richting with {@code report/richting.csv} (a report definition, see
 * docs/reports.md, not a legal interpretation); the vmbo side is the route's sector, or the sector its
 * profiel succeeds, or for a TL route under the law its TL profiel (TECHNIEK, …), which is a direction itself.
 * Intersectoraal has no single direction, so it is left out of the indicator.
 */
final class Directions {
  private static final Set<String> DIRECTIONS = Set.of("TECHNIEK", "ZORG_EN_WELZIJN", "ECONOMIE", "LANDBOUW");
  private final Map<String, String> byDomainLetter;
  private final Reference reference;

  private Directions(Map<String, String> byDomainLetter, Reference reference) {
    this.byDomainLetter = byDomainLetter;
    this.reference = reference;
  }

  static Directions load(Reference reference) {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Directions.class.getResourceAsStream("/report/richting.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        map.put(row.get("domein_letter"), row.get("richting"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Directions(Map.copyOf(map), reference);
  }

  /** The vmbo direction of a route, or null when it has none (intersectoraal) or is unknown. */
  String vmbo(RouteParts.Vmbo vmbo) {
    if (vmbo == null) {
      return null;
    }
    if (vmbo.profiel() != null) {
      Reference.Profiel p = reference.profiel(vmbo.profiel());
      if (p == null) {
        return DIRECTIONS.contains(vmbo.profiel()) ? vmbo.profiel() : null;
      }
      return DIRECTIONS.contains(p.formerSector()) ? p.formerSector() : null;
    }
    return vmbo.sector() != null && DIRECTIONS.contains(vmbo.sector().name()) ? vmbo.sector().name() : null;
  }

  /** The mbo direction of a qualification, or null when the crebo or its domain is unknown. */
  String mbo(String crebo) {
    Reference.Qualification q = reference.qualification(crebo);
    return q == null || q.domainLetter() == null ? null : byDomainLetter.get(q.domainLetter());
  }
}
