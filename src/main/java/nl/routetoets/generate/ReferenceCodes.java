package nl.routetoets.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real codes the generator draws from: schools of the DUO sample, and qualifications by level and domain. */
record ReferenceCodes(List<String[]> schools, Map<String, List<String>> crebosByLevelAndDomain) {

  /** {@code reference}: the rule set's reference folder ({@code rules/reference}). */
  static ReferenceCodes load(Path reference) throws IOException {
    TreeSet<String> schools = new TreeSet<>();
    CSVFormat duo = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(reference.resolve("duo_examens_vmbo_sample_2024_2025.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : duo.parse(in)) {
        String vestiging = r.get("VESTIGINGSCODE");
        schools.add(r.get("INSTELLINGSCODE") + ";" + vestiging.substring(vestiging.length() - 2) + ";" + r.get("INSTELLINGSNAAM VESTIGING"));
      }
    }
    List<String[]> list = new ArrayList<>();
    schools.forEach(s -> list.add(s.split(";", 3)));
    Map<String, List<String>> crebos = new TreeMap<>();
    CSVFormat plain = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(reference.resolve("mbo_kwalificaties_2015.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : plain.parse(in)) {
        crebos.computeIfAbsent(r.get("niveau") + "/" + r.get("opleidingsdomein_crebo"), k -> new ArrayList<>()).add(r.get("kwalificatie_crebo"));
      }
    }
    crebos.values().forEach(l -> l.sort(null));
    return new ReferenceCodes(List.copyOf(list), crebos);
  }

  List<String> crebos(int level, String domain) {
    return crebosByLevelAndDomain.getOrDefault(level + "/" + domain, List.of());
  }
}
