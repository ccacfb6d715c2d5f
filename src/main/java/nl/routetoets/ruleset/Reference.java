package nl.routetoets.ruleset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reference data of {@code rules/reference/}: mbo qualifications with level and domain, the
 * opleidingsdomeinen with their letters, and the vmbo profielen. Copied from public sources
 * (see rules/reference/SOURCES.md); policy staff update them when the lists change.
 */
public final class Reference {

  /**
   * A qualification (crebo) with its mbo level, the letter of its opleidingsdomein and the id of the
   * qualification structure whose list holds it (parameters/kwalificatiestructuren.json).
   */
  public record Qualification(String crebo, String name, int level, String domainLetter, String structure) {}

  /** A vmbo beroepsgericht profiel (from 2016) with the sector it succeeds and whether it is technical. */
  public record Profiel(String code, String name, String formerSector, boolean technical) {}

  /** A row of {@code mbo_opleidingsdomeinen.csv}: the letter, the domain crebo and the name as the file writes it. */
  public record Domain(String letter, String crebo, String name) {}

  /** A vo school's vestiging in DUO's exam data ({@code duo_examens_vmbo_sample_2024_2025.csv}): BRIN, vestiging, name, municipality. */
  public record School(String brin, String vestiging, String name, String municipality) {}

  /** DUO's exam data of vo schools: read for the names of schools only, when the folder has it. */
  static final String SCHOOLS_FILE = "duo_examens_vmbo_sample_2024_2025.csv";

  static final List<String> FILES = List.of(
      "mbo_kwalificaties_2015.csv", "mbo_kwalificaties_2014_oud.csv", "mbo_opleidingsdomeinen.csv", "vmbo_profielen.csv");

  private final Map<String, Qualification> qualifications;
  private final Map<String, String> domainLetterByCode;
  private final Map<String, String> domainLetterByName;
  private final Map<String, String> domainNameByLetter;
  private final Map<String, Profiel> profielen;
  /** The profielen in the order of the file, for lists people choose from. */
  private final List<Profiel> profielList;
  /** Lists people choose from on the school's forms: the domains in file order, the qualifications by crebo, the schools. */
  private final List<Domain> domainList;
  private final List<Qualification> qualificationList;
  private final List<School> schoolList;

  private Reference(
      Map<String, Qualification> qualifications, Map<String, String> domainLetterByCode, Map<String, String> domainLetterByName,
      Map<String, String> domainNameByLetter, List<Profiel> profielList, List<Domain> domainList, List<School> schoolList) {
    this.qualifications = qualifications;
    this.domainList = domainList;
    this.schoolList = schoolList;
    this.qualificationList = qualifications.values().stream()
        .sorted(java.util.Comparator.comparing(Qualification::crebo)).toList();
    this.domainLetterByCode = domainLetterByCode;
    this.domainLetterByName = domainLetterByName;
    this.domainNameByLetter = domainNameByLetter;
    this.profielList = profielList;
    Map<String, Profiel> byCode = new HashMap<>();
    profielList.forEach(p -> byCode.put(p.code(), p));
    this.profielen = Map.copyOf(byCode);
  }

  /** The lists of the qualification structures, each from the file the parameters name for it. */
  static Reference load(Path dir, List<Parameters.QualificationStructure> structures) throws IOException {
    Map<String, String> letterByCode = new HashMap<>();
    Map<String, String> letterByName = new HashMap<>();
    Map<String, String> nameByLetter = new HashMap<>();
    List<Domain> domains = new java.util.ArrayList<>();
    for (CSVRecord r : csv(dir.resolve("mbo_opleidingsdomeinen.csv"))) {
      String letter = r.get("letter_regeling_2012_art2");
      if (letter.isEmpty()) {
        continue; // the Entree row has no domain
      }
      domains.add(new Domain(letter, r.get("opleidingsdomein_crebo_2015"), r.get("opleidingsdomein")));
      letterByCode.put(r.get("opleidingsdomein_crebo_2015"), letter);
      letterByCode.put(letter, letter);
      // the EZ/AOC row of domain p carries a note in brackets; the domain's name is the part before it
      String name = r.get("opleidingsdomein").replaceAll("\\s*\\(.*\\)\\s*$", "");
      letterByName.put(normalised(name), letter);
      nameByLetter.putIfAbsent(letter, name);
    }
    Map<String, Qualification> quals = new HashMap<>();
    for (Parameters.QualificationStructure structure : structures) {
      for (CSVRecord r : csv(dir.resolve(structure.file()))) {
        String crebo = r.get("kwalificatie_crebo");
        String letter = letterByCode.get(r.get("opleidingsdomein_crebo"));
        Qualification q = new Qualification(crebo, r.get("kwalificatie"), Integer.parseInt(r.get("niveau")), letter, structure.id());
        Qualification earlier = quals.putIfAbsent(crebo, q);
        if (earlier != null && !earlier.structure().equals(structure.id())) {
          // a crebo in two lists would make the list valid at a start ambiguous
          throw new IOException(dir.resolve(structure.file()) + ": crebo " + crebo + " is also in the list of " + earlier.structure());
        }
      }
    }
    List<Profiel> profielen = new java.util.ArrayList<>();
    for (CSVRecord r : csv(dir.resolve("vmbo_profielen.csv"))) {
      String code = r.get("profiel_afkorting");
      profielen.add(new Profiel(
          code, r.get("profiel"), r.get("oude_sector_pre2016").toUpperCase(Locale.ROOT).replace(' ', '_'),
          r.get("technisch_profiel").startsWith("ja")));
    }
    return new Reference(
        Map.copyOf(quals), Map.copyOf(letterByCode), Map.copyOf(letterByName), Map.copyOf(nameByLetter), List.copyOf(profielen),
        List.copyOf(domains), schools(dir.resolve(SCHOOLS_FILE)));
  }

  /** Each vestiging of DUO's exam data once, in the file's order; none when the folder does not have the file. */
  private static List<School> schools(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Map<String, School> byVestiging = new java.util.LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String code = r.get("VESTIGINGSCODE");
        String brin = r.get("INSTELLINGSCODE");
        // the vestigingscode is the BRIN with the vestiging's two digits
        String vestiging = code.startsWith(brin) ? code.substring(brin.length()) : code;
        byVestiging.putIfAbsent(code, new School(brin, vestiging, r.get("INSTELLINGSNAAM VESTIGING"), r.get("GEMEENTENAAM VESTIGING")));
      }
    }
    return List.copyOf(byVestiging.values());
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  /** The qualification with this crebo in any qualification structure, or null when unknown. */
  public Qualification qualification(String crebo) {
    return crebo == null ? null : qualifications.get(crebo);
  }

  /**
   * The domain letter a–p for a domain crebo (79000–79160), its letter, or its name as the Regeling
   * names it (case and spacing aside: "techniek en procesindustrie"); null when it is none of these.
   * A name names the domain as art. 3(3) asks (interpretations.md I-04).
   */
  public String domainLetter(String domain) {
    if (domain == null) {
      return null;
    }
    String key = normalised(domain);
    String letter = domainLetterByCode.get(key);
    return letter != null ? letter : domainLetterByName.get(key);
  }

  private static String normalised(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public String domainName(String letter) {
    return letter == null ? null : domainNameByLetter.get(letter);
  }

  public Profiel profiel(String code) {
    return code == null ? null : profielen.get(code);
  }

  /** Every vmbo beroepsgericht profiel, in the order of {@code vmbo_profielen.csv}. */
  public List<Profiel> profielen() {
    return profielList;
  }

  /** Every opleidingsdomein row (letter, crebo, name), in the order of {@code mbo_opleidingsdomeinen.csv}; Entree is none. */
  public List<Domain> domains() {
    return domainList;
  }

  /** Every qualification of every list, by crebo. */
  public List<Qualification> qualifications() {
    return qualificationList;
  }

  /** The vo schools' vestigingen of DUO's exam data, for their names; empty when the rules folder does not carry that file. */
  public List<School> schools() {
    return schoolList;
  }
}
