package nl.routetoets.generate;

import java.util.ArrayList;
import java.util.List;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.register.Column;
import tools.jackson.databind.JsonNode;

/** One school year of a generated trajectory as a register row, in {@link Column} order. */
final class RegisterRows {
  private RegisterRows() {}

  static List<String> row(JsonNode t, int yearIndex, JsonNode application) {
    JsonNode y = t.get("years").get(yearIndex);
    SchoolYear sy = schoolYear(y.get("schoolYear").asString());
    boolean vo = "SCHOOL".equals(y.get("enrolledAt").asString());
    JsonNode party = application.get("applicant").get(vo ? "school" : "institution");
    List<String> cells = new ArrayList<>(Column.ALL.size());
    for (Column c : Column.ALL) {
      cells.add(switch (c) {
        case LEERLING_ID -> t.get("id").asString();
        case SCHOOLJAAR -> y.get("schoolYear").asString();
        case BRIN -> text(party, "brin");
        case VESTIGING -> text(party, "vestiging");
        case ONDERWIJSSOORT -> vo ? "VO" : "MBO";
        case LEERJAAR -> text(y, "vmboLeerjaar");
        case LEERWEG -> vo ? text(t, "startLeerweg") : "";
        case ELEMENTCODE -> text(y, "elementcode");
        case CREBO -> text(y, "crebo");
        case MBO_NIVEAU -> text(y, "mboLevel");
        case MBO_LEERWEG -> text(y, "pathway");
        case INSCHRIJFDATUM -> text(y, "enrolledOn");
        case ROUTE_JAAR -> text(y, "routeYear");
        case AANVRAAG_ID -> t.get("route").get("ref").get("applicationId").asString();
        case ROUTE_ID -> t.get("route").get("ref").get("routeId").asString();
        case GEBOORTEDATUM -> text(t, "birthDate");
        case VOORGELICHT -> yesNo(t.get("informedBeforeEnrolment"));
        case BPV_UREN -> y.has("workplacement") ? text(y.get("workplacement"), "hours") : "";
        case BPV_LICHT_WERK -> y.has("workplacement") ? yesNo(y.get("workplacement").get("lightWorkOnly")) : "";
        case EXAMEN_VMBO_GD_DATUM -> exam(t, sy, "VMBO_COMMON_PART", "completedOn");
        case EXAMEN_VMBO_GD_GESLAAGD -> exam(t, sy, "VMBO_COMMON_PART", "passed");
        case EXAMEN_VMBO_SD_DATUM -> exam(t, sy, "VMBO_SECTOR_PART", "completedOn");
        case EXAMEN_VMBO_SD_GESLAAGD -> exam(t, sy, "VMBO_SECTOR_PART", "passed");
        case EXAMEN_VMBO_DATUM -> exam(t, sy, "VMBO_FULL", "completedOn");
        case EXAMEN_VMBO_GESLAAGD -> exam(t, sy, "VMBO_FULL", "passed");
        case EXAMEN_MBO_DATUM -> exam(t, sy, "MBO", "completedOn");
        case EXAMEN_MBO_GESLAAGD -> exam(t, sy, "MBO", "passed");
        case VMBO_GESLAAGD -> yearIndex == 0 ? "" : vmboPassedIn(t, sy);
        case DIPLOMA -> diploma(t, sy, "kind");
        case DIPLOMA_DATUM -> diploma(t, sy, "awardedOn");
        case UITSTROOM_DATUM -> exit(t, sy) ? text(t.get("exit"), "leftOn") : "";
        case UITSTROOM_REDEN -> exit(t, sy) ? text(t.get("exit"), "reason") : "";
        case TERUGVAL_AANGEBODEN -> exit(t, sy) ? yesNo(t.get("exit").get("fallback").get("offered")) : "";
        case TERUGVAL_DIPLOMA -> exit(t, sy) ? text(t.get("exit").get("fallback"), "targetDiploma") : "";
        case CIJFERLIJST_VERSTREKT -> exit(t, sy) ? yesNo(t.get("exit").get("gradeListIssued")) : "";
      });
    }
    return cells;
  }

  /** An invalid school year (the generator's INVALID records) is kept as written, in the first year's place. */
  private static SchoolYear schoolYear(String text) {
    try {
      return SchoolYear.parse(text);
    } catch (IllegalArgumentException e) {
      return new SchoolYear(Integer.parseInt(text.substring(0, 4)));
    }
  }

  private static String exam(JsonNode t, SchoolYear sy, String part, String field) {
    for (JsonNode e : t.get("exams")) {
      if (part.equals(e.get("part").asString()) && sy.equals(SchoolYear.containing(java.time.LocalDate.parse(e.get("completedOn").asString())))) {
        return field.equals("passed") ? yesNo(e.get("passed")) : text(e, field);
      }
    }
    return "";
  }

  /** The vmbo result goes on the row of the year the vmbo exam was completed. */
  private static String vmboPassedIn(JsonNode t, SchoolYear sy) {
    JsonNode results = t.get("vmboResults");
    if (results == null || results.isNull()) {
      return "";
    }
    for (JsonNode e : t.get("exams")) {
      if (e.get("part").asString().startsWith("VMBO")
          && sy.equals(SchoolYear.containing(java.time.LocalDate.parse(e.get("completedOn").asString())))) {
        return yesNo(results.get("passed"));
      }
    }
    return "";
  }

  private static String diploma(JsonNode t, SchoolYear sy, String field) {
    for (JsonNode d : t.get("diplomas")) {
      if (sy.equals(SchoolYear.containing(java.time.LocalDate.parse(d.get("awardedOn").asString())))) {
        return text(d, field);
      }
    }
    return "";
  }

  private static boolean exit(JsonNode t, SchoolYear sy) {
    JsonNode exit = t.get("exit");
    return exit != null && !exit.isNull() && sy.equals(SchoolYear.containing(java.time.LocalDate.parse(exit.get("leftOn").asString())));
  }

  private static String yesNo(JsonNode b) {
    return b == null || b.isNull() ? "" : b.asBoolean() ? "ja" : "nee";
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }
}
