package nl.routetoets.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RegisterReaderTest {
  private static final String HEADER = "leerling_id,schooljaar,brin,vestiging,onderwijssoort,leerjaar,leerweg,elementcode,crebo,"
      + "mbo_niveau,mbo_leerweg,route_jaar,aanvraag_id,route_id,geboortedatum,voorgelicht,bpv_uren,bpv_licht_werk,"
      + "examen_vmbo_gd_datum,examen_vmbo_gd_geslaagd,examen_mbo_datum,examen_mbo_geslaagd,diploma,diploma_datum";
  @TempDir Path dir;

  private Path register(String... rows) throws IOException {
    Path file = dir.resolve("bron.csv");
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(rows));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<RegisterRecord> readAll(RegisterReader reader) {
    List<RegisterRecord> all = new ArrayList<>();
    for (RegisterRecord r = reader.next(); r != null; r = reader.next()) {
      all.add(r);
    }
    return all;
  }

  /** Rows as DUO delivers them, school year by school year: the students are interleaved. */
  private Path unsorted() throws IOException {
    return register(
        "S-3,2016-2017,00AH,07,VO,3,BL,6011,,,,1,APP-2016-00000,R1,2002-09-14,ja,,,,,,,,",
        "S-1,2016-2017,04HR,04,VO,3,KL,6021,,,,1,APP-2016-00003,R1,2002-01-02,ja,,,,,,,,",
        "S-2,2016-2017,00AH,07,VO,3,BB,6011,,,,1,APP-2016-00000,R1,2002-05-05,nee,,,,,,,,",
        "S-1,2017-2018,04HR,04,VO,4,KL,6021,,,,2,APP-2016-00003,R1,2002-01-02,,,,2018-06-15,ja,,,VMBO_KB,2018-07-06",
        "S-3,2017-2018,00AH,07,VO,4,BL,6011,,,,2,APP-2016-00000,R1,2002-09-14,,,,2018-06-15,ja,,,VMBO_BB,2018-07-06",
        "S-2,2017-2018,00AH,07,VO,4,BB,6011,,,,2,APP-2016-00000,R1,2002-05-05,,,,,,,,,",
        "S-3,2018-2019,99XX,00,MBO,,,,25333,2,BOL,3,APP-2016-00000,R1,2002-09-14,,250,ja,,,2019-06-20,ja,MBO_2,2019-07-05",
        "S-1,2018-2019,99XX,00,MBO,,,,25333,2,BBL,3,APP-2016-00003,R1,2002-01-02,,800,nee,,,,,,");
  }

  @Test
  void groupsUnsortedRowsPerStudentInSchoolYearOrderWhenSpilling() throws Exception {
    try (RegisterReader reader = RegisterReader.open(unsorted(), 2, dir, () -> false)) {
      List<RegisterRecord> records = readAll(reader);
      assertThat(reader.spilledChunks()).isEqualTo(4);
      assertThat(records).extracting(RegisterRecord::studentId).containsExactly("S-1", "S-2", "S-3");
      assertThat(records).allSatisfy(r -> assertThat(r.errors()).isEmpty());
      JsonNode s1 = Json.MAPPER.readTree(records.get(0).json());
      assertThat(s1.get("years")).extracting(y -> y.get("schoolYear").asString())
          .containsExactly("2016-2017", "2017-2018", "2018-2019");
      assertThat(records.get(0).line()).isEqualTo(3);
      assertThat(records.get(0).school()).isEqualTo("04HR");
      assertThat(s1.get("startLeerweg").asString()).isEqualTo("KB");
    }
    try (var left = Files.list(dir)) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("bron.csv");
    }
  }

  @Test
  void sortsInMemoryWhenTheRegisterFitsAndGivesTheSameRecords() throws Exception {
    List<RegisterRecord> spilled;
    try (RegisterReader reader = RegisterReader.open(unsorted(), 2, dir, () -> false)) {
      spilled = readAll(reader);
    }
    try (RegisterReader reader = RegisterReader.open(unsorted(), 1000, dir, () -> false)) {
      assertThat(readAll(reader)).isEqualTo(spilled);
      assertThat(reader.spilledChunks()).isZero();
    }
  }

  @Test
  void aStudentsRowsBecomeTheTrajectoryOfTheFormat() throws Exception {
    try (RegisterReader reader = RegisterReader.open(unsorted(), 1000, dir, () -> false)) {
      RegisterRecord s3 = readAll(reader).get(2);
      JsonNode expected = Json.MAPPER.readTree(Files.readString(Path.of("src/test/resources/register/S-3.expected.json")));
      assertThat(Json.MAPPER.readTree(s3.json())).isEqualTo(expected);
    }
  }

  @Test
  void aBadRowMakesItsStudentAnErrorWithLineAndColumnAndTheOthersAreRead() throws Exception {
    Path file = register(
        "S-1,2016-2017,04HR,04,VO,3,KB,6021,,,,1,APP-1,R1,2002-01-02,ja,,,,,,,,",
        "S-2,2016-2017,04HR,04,VO,3,KB,6021,,,,1,APP-1,R1,2002-13-45,ja,,,,,,,,",
        "S-3,2016-2017,04HR,04,VO,3,KB,6021,,,,1",
        ",2016-2017,04HR,04,VO,3,KB,6021,,,,1,APP-1,R1,2002-01-02,ja,,,,,,,,");
    try (RegisterReader reader = RegisterReader.open(file, 1000, dir, () -> false)) {
      List<RegisterRecord> records = readAll(reader);
      assertThat(records).hasSize(4);
      assertThat(records.get(0).errors()).singleElement().hasToString(file + ":5: leerling_id: is required");
      assertThat(records.get(1).errors()).isEmpty();
      assertThat(records.get(2).errors()).singleElement()
          .hasToString(file + ":3: geboortedatum: \"2002-13-45\" is not a date YYYY-MM-DD");
      assertThat(records.get(3).errors()).singleElement().hasToString(file + ":4: the row has 12 fields, the header 24");
    }
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefused() throws Exception {
    Path file = dir.resolve("bron.csv");
    Files.writeString(file, "leerling_id,schooljaar\nS-1,2016-2017\n");
    assertThatThrownBy(() -> RegisterReader.open(file, 10, dir, () -> false))
        .isInstanceOf(RegisterException.class).hasMessage(file + ":1: column \"onderwijssoort\" is missing");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorNamingTheirLineNotSilentlyReplaced() throws Exception {
    Path file = dir.resolve("bron.csv");
    byte[] good = (HEADER + "\n" + "S-1,2016-2017,30AU,00,VO,3,BB,6011,,,,1,APP-1,R1,2002-01-01,ja,,,,,,,,\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = "S-2,2016-2017,30AU,00,VO,3,BB,6011,,,,1,APP-1,R1,2002-01-01,ja,,,,,,,,\n".replace("S-2", "S-\u00e92")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(good, bad));
    assertThatThrownBy(() -> {
      try (RegisterReader reader = RegisterReader.open(file, 1000, dir, () -> false)) {
        readAll(reader);
      }
    }).isInstanceOf(RegisterException.class).hasMessageStartingWith(file + ":3: not valid UTF-8 (byte 3 of the line)");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
