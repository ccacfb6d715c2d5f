package nl.routetoets.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real codes the generator draws from: schools of the DUO sample with the leerwegen and profielen
 * each offers there, qualifications by level and domain, and the opleidingsdomeinen the generator
 * pairs with each profiel.
 *
 * @param schools BRIN, vestiging and name, in a stable order
 * @param offers per school (same order): the leerwegen and profielen it examined in the DUO sample
 */
record ReferenceCodes(
    List<String[]> schools, List<Offer> offers, Map<String, List<String>> crebosByLevelAndDomain, Map<String, List<String>> domainsByProfiel) {

  /** What a school offers: leerwegen (BB, KB, GL, TL) and profielen (abbreviations, and the TL's profielen by name). */
  record Offer(List<String> leerwegen, List<String> profielen) {}

  /** DUO's leerweg codes in the exam data, and the leerweg each is. */
  private static final Map<String, String> DUO_LEERWEG = Map.of("BL", "BB", "KL", "KB", "GL", "GL", "TL", "TL");
  /** DUO's sector of a TL exam, and the TL profiel it is (WVO art. 10(3); formats.md §5). */
  private static final Map<String, String> TL_PROFIEL = Map.of(
      "Techniek", "TECHNIEK", "Economie", "ECONOMIE", "Zorg & Welzijn", "ZORG_EN_WELZIJN", "Landbouw", "LANDBOUW");

  /** {@code reference}: the rule set's reference folder ({@code rules/reference}). */
  static ReferenceCodes load(Path reference) throws IOException {
    Map<String, String> profielByDuoCode = new HashMap<>();
    CSVFormat plain = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(reference.resolve("vmbo_profielen.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : plain.parse(in)) {
        String duo = r.get("duo_afdeling_code_examendata_2024_2025");
        if (!duo.isEmpty()) {
          profielByDuoCode.put(duo, r.get("profiel_afkorting"));
        }
      }
    }
    Map<String, TreeSet<String>[]> bySchool = new TreeMap<>();
    CSVFormat duo = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(reference.resolve("duo_examens_vmbo_sample_2024_2025.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : duo.parse(in)) {
        String vestiging = r.get("VESTIGINGSCODE");
        String key = r.get("INSTELLINGSCODE") + ";" + vestiging.substring(vestiging.length() - 2) + ";" + r.get("INSTELLINGSNAAM VESTIGING");
        @SuppressWarnings("unchecked")
        TreeSet<String>[] offer = bySchool.computeIfAbsent(key, k -> new TreeSet[] {new TreeSet<>(), new TreeSet<>()});
        String leerweg = DUO_LEERWEG.get(r.get("LEERWEG VMBO"));
        if (leerweg == null) {
          continue;
        }
        offer[0].add(leerweg);
        String profiel = "TL".equals(leerweg) ? TL_PROFIEL.get(r.get("VMBO SECTOR")) : profielByDuoCode.get(r.get("AFDELING"));
        if (profiel != null) {
          offer[1].add(profiel);
        }
      }
    }
    List<String[]> list = new ArrayList<>();
    List<Offer> offers = new ArrayList<>();
    bySchool.forEach((s, offer) -> {
      list.add(s.split(";", 3));
      offers.add(new Offer(List.copyOf(offer[0]), List.copyOf(offer[1])));
    });
    Map<String, List<String>> crebos = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(reference.resolve("mbo_kwalificaties_2015.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : plain.parse(in)) {
        crebos.computeIfAbsent(r.get("niveau") + "/" + r.get("opleidingsdomein_crebo"), k -> new ArrayList<>()).add(r.get("kwalificatie_crebo"));
      }
    }
    crebos.values().forEach(l -> l.sort(null));
    return new ReferenceCodes(List.copyOf(list), List.copyOf(offers), crebos, profielDomains());
  }

  /** The generator's own pairing of profiel and opleidingsdomein ({@code generate/profiel-domeinen.csv}). */
  private static Map<String, List<String>> profielDomains() throws IOException {
    Map<String, List<String>> map = new TreeMap<>();
    try (InputStream in = ReferenceCodes.class.getResourceAsStream("/generate/profiel-domeinen.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        map.computeIfAbsent(row.get("profiel"), k -> new ArrayList<>()).add(row.get("opleidingsdomein_crebo"));
      }
    }
    return map;
  }

  List<String> crebos(int level, String domain) {
    return crebosByLevelAndDomain.getOrDefault(level + "/" + domain, List.of());
  }

  /** The domains paired with a profiel that have a qualification at this level. */
  List<String> domains(String profiel, int level) {
    List<String> out = new ArrayList<>();
    for (String d : domainsByProfiel.getOrDefault(profiel, List.of())) {
      if (!crebos(level, d).isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }
}
