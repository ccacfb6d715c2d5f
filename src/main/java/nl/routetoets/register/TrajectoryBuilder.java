package nl.routetoets.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.routetoets.document.Json;
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.InputError;
import nl.routetoets.model.SchoolYear;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One student's rows, sorted by school year, as a trajectory document (formats.md §2). Each cell
 * is checked here against its column, so an error names the file, line and column; what only the
 * whole document can show (years that do not follow each other) is left to the document reader.
 * An empty cell is "not known": it becomes null, never a guess.
 */
final class TrajectoryBuilder {
  private final String file;
  private final boolean[] present;
  private final List<InputError> errors = new ArrayList<>();

  TrajectoryBuilder(String file, boolean[] present) {
    this.file = file;
    this.present = present;
  }

  RegisterRecord build(List<Row> rows) {
    Row first = rows.get(0);
    String id = first.get(Column.LEERLING_ID);
    for (Row r : rows) {
      if (r.error() != null) {
        errors.add(new InputError(file, (int) r.line(), "", r.error()));
      }
    }
    if (!errors.isEmpty()) {
      return new RegisterRecord(file, (int) first.line(), id, null, null, List.copyOf(errors));
    }
    ObjectNode t = Json.MAPPER.createObjectNode();
    t.put("type", "trajectory");
    t.put("id", id);
    t.put("birthDate", same(rows, Column.GEBOORTEDATUM, this::date));
    ObjectNode ref = t.putObject("route").putObject("ref");
    ref.put("applicationId", same(rows, Column.AANVRAAG_ID, this::required));
    ref.put("routeId", same(rows, Column.ROUTE_ID, this::required));
    String school = null;
    String startLeerweg = null;
    Boolean informed = null;
    ArrayNode years = t.putArray("years");
    ArrayNode exams = present[Column.EXAMEN_VMBO_GD_DATUM.ordinal()] || present[Column.EXAMEN_MBO_DATUM.ordinal()]
        || present[Column.EXAMEN_VMBO_DATUM.ordinal()] || present[Column.EXAMEN_VMBO_SD_DATUM.ordinal()]
        ? Json.MAPPER.createArrayNode() : null;
    ArrayNode diplomas = present[Column.DIPLOMA.ordinal()] ? Json.MAPPER.createArrayNode() : null;
    ObjectNode exit = null;
    Boolean vmboPassed = null;
    for (Row r : rows) {
      boolean vo = required(r, Column.ONDERWIJSSOORT) != null
          && "VO".equals(enumOf(r, Column.ONDERWIJSSOORT, List.of("VO", "MBO")));
      if (vo && school == null) {
        school = blankToNull(r.get(Column.BRIN));
        startLeerweg = leerweg(r);
        informed = bool(r, Column.VOORGELICHT);
      }
      years.add(year(r, vo));
      if (exams != null) {
        exam(exams, r, "VMBO_COMMON_PART", Column.EXAMEN_VMBO_GD_DATUM, Column.EXAMEN_VMBO_GD_GESLAAGD, null);
        exam(exams, r, "VMBO_SECTOR_PART", Column.EXAMEN_VMBO_SD_DATUM, Column.EXAMEN_VMBO_SD_GESLAAGD, null);
        exam(exams, r, "VMBO_FULL", Column.EXAMEN_VMBO_DATUM, Column.EXAMEN_VMBO_GESLAAGD, null);
        exam(exams, r, "MBO", Column.EXAMEN_MBO_DATUM, Column.EXAMEN_MBO_GESLAAGD, integer(r, Column.MBO_NIVEAU));
      }
      if (diplomas != null && !blank(r.get(Column.DIPLOMA))) {
        ObjectNode d = diplomas.addObject();
        d.put("kind", enumOf(r, Column.DIPLOMA, names(DiplomaKind.values())));
        d.put("awardedOn", date(r, Column.DIPLOMA_DATUM));
      }
      Boolean passed = bool(r, Column.VMBO_GESLAAGD);
      vmboPassed = passed != null ? passed : vmboPassed;
      if (!blank(r.get(Column.UITSTROOM_DATUM))) {
        exit = exit(r);
      }
    }
    t.put("startLeerweg", startLeerweg);
    t.put("informedBeforeEnrolment", informed);
    t.set("exams", exams);
    if (vmboPassed != null) {
      t.putObject("vmboResults").put("passed", vmboPassed);
    } else {
      t.putNull("vmboResults");
    }
    t.set("diplomas", diplomas);
    t.set("exit", exit);
    if (!errors.isEmpty()) {
      return new RegisterRecord(file, (int) first.line(), id, null, school, List.copyOf(errors));
    }
    return new RegisterRecord(file, (int) first.line(), id, Json.MAPPER.writeValueAsString(t), school, List.of());
  }

  private ObjectNode year(Row r, boolean vo) {
    ObjectNode y = Json.MAPPER.createObjectNode();
    String sy = r.get(Column.SCHOOLJAAR);
    try {
      y.put("schoolYear", SchoolYear.parse(sy).toString());
    } catch (IllegalArgumentException e) {
      error(r, Column.SCHOOLJAAR, e.getMessage());
    }
    y.put("routeYear", integer(r, Column.ROUTE_JAAR));
    y.put("enrolledAt", vo ? "SCHOOL" : "INSTITUTION");
    String on = date(r, Column.INSCHRIJFDATUM);
    if (on != null) {
      y.put("enrolledOn", on);
    }
    if (vo) {
      y.put("vmboLeerjaar", integer(r, Column.LEERJAAR));
      y.put("elementcode", code(r, Column.ELEMENTCODE, 4));
    } else {
      y.put("mboLevel", integer(r, Column.MBO_NIVEAU));
      y.put("crebo", code(r, Column.CREBO, 5));
      y.put("pathway", enumOf(r, Column.MBO_LEERWEG, List.of("BOL", "BBL")));
      Integer hours = integer(r, Column.BPV_UREN);
      Boolean light = bool(r, Column.BPV_LICHT_WERK);
      if (hours != null || light != null) {
        ObjectNode w = y.putObject("workplacement");
        w.put("hours", hours);
        w.put("lightWorkOnly", light);
      }
    }
    return y;
  }

  private void exam(ArrayNode exams, Row r, String part, Column dateCol, Column passedCol, Integer level) {
    String date = date(r, dateCol);
    if (date == null) {
      return;
    }
    ObjectNode e = exams.addObject();
    e.put("part", part);
    if (level != null) {
      e.put("level", level);
    }
    e.put("completedOn", date);
    e.put("passed", bool(r, passedCol));
  }

  private ObjectNode exit(Row r) {
    ObjectNode x = Json.MAPPER.createObjectNode();
    x.put("leftOn", date(r, Column.UITSTROOM_DATUM));
    x.put("reason", blankToNull(r.get(Column.UITSTROOM_REDEN)));
    ObjectNode fallback = x.putObject("fallback");
    fallback.put("offered", bool(r, Column.TERUGVAL_AANGEBODEN));
    fallback.put("targetDiploma", blank(r.get(Column.TERUGVAL_DIPLOMA)) ? null
        : enumOf(r, Column.TERUGVAL_DIPLOMA, names(DiplomaKind.values())));
    x.put("gradeListIssued", bool(r, Column.CIJFERLIJST_VERSTREKT));
    return x;
  }

  /** A value that every row of the student must agree on (empty cells aside). */
  private String same(List<Row> rows, Column c, CellReader read) {
    String value = null;
    for (Row r : rows) {
      if (blank(r.get(c)) && !c.required) {
        continue;
      }
      String v = read.read(r, c);
      if (value != null && v != null && !value.equals(v)) {
        error(r, c, "\"" + v + "\" differs from \"" + value + "\" on an earlier row of student " + r.get(Column.LEERLING_ID));
      }
      if (value == null) {
        value = v;
      }
    }
    return value;
  }

  private interface CellReader {
    String read(Row r, Column c);
  }

  private String required(Row r, Column c) {
    String v = r.get(c);
    if (blank(v)) {
      error(r, c, "is required");
      return null;
    }
    return v.trim();
  }

  private String date(Row r, Column c) {
    String v = r.get(c);
    if (blank(v)) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim()).toString();
    } catch (DateTimeException e) {
      error(r, c, "\"" + v + "\" is not a date YYYY-MM-DD");
      return null;
    }
  }

  private Integer integer(Row r, Column c) {
    String v = r.get(c);
    if (blank(v)) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      error(r, c, "\"" + v + "\" is not a whole number");
      return null;
    }
  }

  private Boolean bool(Row r, Column c) {
    String v = r.get(c);
    if (blank(v)) {
      return null;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "ja", "j", "true" -> Boolean.TRUE;
      case "nee", "n", "false" -> Boolean.FALSE;
      default -> {
        error(r, c, "\"" + v + "\" is not ja or nee");
        yield null;
      }
    };
  }

  /** The vmbo leerweg; DUO's exam files write BL and KL for BB and KB. */
  private String leerweg(Row r) {
    String v = r.get(Column.LEERWEG);
    if (blank(v)) {
      return null;
    }
    String w = switch (v.trim()) {
      case "BL" -> "BB";
      case "KL" -> "KB";
      default -> v.trim();
    };
    if (!List.of("BB", "KB", "GL", "TL").contains(w)) {
      error(r, Column.LEERWEG, "\"" + v + "\" is not BB, KB, GL or TL (or BL, KL)");
      return null;
    }
    return w;
  }

  private String code(Row r, Column c, int digits) {
    String v = r.get(c);
    if (blank(v)) {
      return null;
    }
    if (!v.trim().matches("\\d{" + digits + "}")) {
      error(r, c, "\"" + v + "\" is not a code of " + digits + " digits");
      return null;
    }
    return v.trim();
  }

  private String enumOf(Row r, Column c, List<String> allowed) {
    String v = r.get(c);
    if (blank(v)) {
      return null;
    }
    if (!allowed.contains(v.trim())) {
      error(r, c, "\"" + v + "\" is not one of " + String.join(", ", allowed));
      return null;
    }
    return v.trim();
  }

  private void error(Row r, Column c, String problem) {
    errors.add(new InputError(file, (int) r.line(), c.header, problem));
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return names;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.trim();
  }
}
