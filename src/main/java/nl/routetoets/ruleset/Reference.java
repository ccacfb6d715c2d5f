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
import java.util.regex.Pattern;
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

  /**
   * A vo school by its BRIN number, with the names of its vestigingen as DUO's exam data lists them
   * ({@code duo_examens_vmbo_sample_2024_2025.csv}), in the order of their vestiging codes.
   */
  public record School(String brin, List<String> names) {
    /** The names of its vestigingen, joined with " / " (one name for most schools). */
    public String name() {
      return String.join(" / ", names);
    }
  }

  /** A row of {@code mbo_opleidingsdomeinen.csv}: the letter, the domain crebo and the name as the file writes it. */
  public record Domain(String letter, String crebo, String name) {}

  /** A vestiging of a vo school in DUO's exam data: BRIN, the vestiging's two digits, its name and municipality. */
  public record Vestiging(String brin, String vestiging, String name, String municipality) {}

  /** The file of DUO's exam data whose BRIN numbers and names are the list of known vo schools. */
  static final String SCHOOLS_FILE = "duo_examens_vmbo_sample_2024_2025.csv";

  static final List<String> FILES = List.of(
      "mbo_kwalificaties_2015.csv", "mbo_kwalificaties_2014_oud.csv", "mbo_opleidingsdomeinen.csv", "vmbo_profielen.csv",
      SCHOOLS_FILE);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, Qualification> qualifications;
  private final Map<String, String> domainLetterByCode;
  private final Map<String, String> domainLetterByName;
  private final Map<String, String> domainNameByLetter;
  private final Map<String, Profiel> profielen;
  /** The profielen in the order of the file, for lists people choose from. */
  private final List<Profiel> profielList;
  /** The vo schools by BRIN, in BRIN order. */
  private final Map<String, School> schools;
  /** BRIN → the names of its vestigingen, for the report's pages. */
  private final Map<String, List<String>> schoolNames;
  /** Lists people choose from on the school's forms: the domains in file order, the qualifications by crebo, the vestigingen. */
  private final List<Domain> domainList;
  private final List<Qualification> qualificationList;
  private final List<Vestiging> vestigingList;

  private Reference(
      Map<String, Qualification> qualifications, Map<String, String> domainLetterByCode, Map<String, String> domainLetterByName,
      Map<String, String> domainNameByLetter, List<Profiel> profielList, List<Domain> domainList, List<Vestiging> vestigingList) {
    this.domainList = domainList;
    this.vestigingList = vestigingList;
    this.qualificationList = qualifications.values().stream()
        .sorted(java.util.Comparator.comparing(Qualification::crebo)).toList();
    this.schools = schoolsByBrin(vestigingList);
    Map<String, List<String>> names = new HashMap<>();
    this.schools.forEach((brin, school) -> names.put(brin, school.names()));
    this.schoolNames = Map.copyOf(names);
    this.qualifications = qualifications;
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
      letterByCode.put(r.get("opleidingsdomein_crebo_2015"), letter);
      letterByCode.put(letter, letter);
      domains.add(new Domain(letter, r.get("opleidingsdomein_crebo_2015"), r.get("opleidingsdomein")));
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
        List.copyOf(domains), vestigingen(dir.resolve(SCHOOLS_FILE)));
  }

  /** Each vestiging of DUO's file (`;`-separated, every field quoted; a row per vestiging, leerweg and sector) once, in file order. */
  private static List<Vestiging> vestigingen(Path file) throws IOException {
    Map<String, Vestiging> byCode = new java.util.LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String code = r.get("VESTIGINGSCODE").strip();
        String brin = r.get("INSTELLINGSCODE").strip();
        String name = r.get("INSTELLINGSNAAM VESTIGING").strip();
        if (!brin.isEmpty() && !name.isEmpty()) {
          // the vestigingscode is the BRIN with the vestiging's two digits
          String vestiging = code.startsWith(brin) ? code.substring(brin.length()) : code;
          byCode.putIfAbsent(code, new Vestiging(brin, vestiging, name, r.get("GEMEENTENAAM VESTIGING").strip()));
        }
      }
    }
    return List.copyOf(byCode.values());
  }

  /** BRIN to school, in BRIN order, each with the distinct names of its vestigingen in the order of their codes. */
  private static Map<String, School> schoolsByBrin(List<Vestiging> vestigingen) {
    Map<String, java.util.TreeMap<String, String>> namesByBrin = new java.util.TreeMap<>();
    for (Vestiging v : vestigingen) {
      namesByBrin.computeIfAbsent(v.brin(), b -> new java.util.TreeMap<>()).putIfAbsent(v.vestiging(), v.name());
    }
    Map<String, School> schools = new java.util.LinkedHashMap<>();
    namesByBrin.forEach((brin, names) -> schools.put(brin, new School(brin, names.values().stream().distinct().toList())));
    return java.util.Collections.unmodifiableMap(schools);
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
    // documents give the domain's crebo code as it is listed: look that up before normalising a name
    String letter = domainLetterByCode.get(domain);
    if (letter != null) {
      return letter;
    }
    String key = normalised(domain);
    letter = domainLetterByCode.get(key);
    return letter != null ? letter : domainLetterByName.get(key);
  }

  private static String normalised(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  public String domainName(String letter) {
    return letter == null ? null : domainNameByLetter.get(letter);
  }

  public Profiel profiel(String code) {
    return code == null ? null : profielen.get(code);
  }

  /** The vo school with this BRIN number (case and spaces aside), or null when the reference list does not hold it. */
  public School school(String brin) {
    return brin == null ? null : schools.get(brin.strip().toUpperCase(Locale.ROOT));
  }

  /** Every vo school of the reference list, in BRIN order. */
  public List<School> schools() {
    return List.copyOf(schools.values());
  }

  /**
   * The schools the reference data names: BRIN → the distinct names of its vestigingen (DUO's exam data), in
   * vestiging order; a BRIN it does not know is absent.
   */
  public Map<String, List<String>> schoolNames() {
    return schoolNames;
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

  /** Every vestiging of the vo schools in DUO's exam data, in the file's order, for the school's forms. */
  public List<Vestiging> vestigingen() {
    return vestigingList;
  }
}
