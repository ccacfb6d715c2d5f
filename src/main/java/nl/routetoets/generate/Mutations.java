package nl.routetoets.generate;

import java.time.LocalDate;
import java.util.Iterator;
import nl.routetoets.model.SchoolYear;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns a compliant trajectory into one with the chosen problem. */
final class Mutations {
  /** The element code of the profiel BWI in KB (vmbo_profielen.csv), beside the template's 6011 in BB. */
  private static final String KB_ELEMENTCODE = "6021";

  private Mutations() {}

  static void apply(Violation v, ObjectNode t) {
    if (v == null) {
      return;
    }
    ArrayNode years = (ArrayNode) t.get("years");
    int start = SchoolYear.parse(years.get(0).get("schoolYear").asString()).startYear();
    switch (v) {
      case LATE_EXAM -> {
        for (JsonNode e : t.get("exams")) {
          if (e.get("part").asString().startsWith("VMBO")) {
            ((ObjectNode) e).put("completedOn", LocalDate.parse(e.get("completedOn").asString()).plusYears(2).toString());
          }
        }
      }
      case STILL_AT_SCHOOL -> {
        ObjectNode y3 = (ObjectNode) years.get(2);
        y3.put("enrolledAt", "SCHOOL");
      }
      case BBL_UNDER_16 -> ((ObjectNode) years.get(2)).put("pathway", "BBL");
      case WRONG_ELEMENTCODE -> {
        for (JsonNode y : years) {
          if (y.has("elementcode")) {
            ((ObjectNode) y).put("elementcode", "4531");
          }
        }
      }
      case NO_FALLBACK -> leave(t, start, false);
      case DROP_OUT -> leave(t, start, true);
      case UNKNOWN_FACT -> t.putNull("informedBeforeEnrolment");
      case INVALID -> ((ObjectNode) years.get(0)).put("schoolYear", start + "-" + (start + 2));
      case OTHER_DIRECTION -> { } // needs the reference codes: Generator#otherDirection
      default -> throw new IllegalArgumentException(v + " is not a problem of an experiment trajectory");
    }
  }

  /** The student started in KB, not BB: the same vakmanschaproute, with the KB element code and diploma. */
  static void startInKb(ObjectNode t) {
    t.put("startLeerweg", "KB");
    for (JsonNode y : t.get("years")) {
      if (y.has("elementcode")) {
        ((ObjectNode) y).put("elementcode", KB_ELEMENTCODE);
      }
    }
    for (JsonNode d : t.get("diplomas")) {
      if ("VMBO_BB".equals(d.get("kind").asString())) {
        ((ObjectNode) d).put("kind", "VMBO_KB");
      }
    }
  }

  /** Leaves the route in January of route year 3: what came after is gone. */
  private static void leave(ObjectNode t, int start, boolean fallbackOffered) {
    LocalDate left = LocalDate.of(start + 3, 1, 15);
    ArrayNode years = (ArrayNode) t.get("years");
    for (int i = years.size() - 1; i >= 0; i--) {
      if (SchoolYear.parse(years.get(i).get("schoolYear").asString()).firstDay().isAfter(left)) {
        years.remove(i);
      }
    }
    removeAfter((ArrayNode) t.get("exams"), "completedOn", left);
    removeAfter((ArrayNode) t.get("diplomas"), "awardedOn", left);
    ObjectNode exit = t.putObject("exit");
    exit.put("leftOn", left.toString());
    exit.put("reason", fallbackOffered ? "Stapt over naar de reguliere vmbo-bovenbouw" : "Stopt met de opleiding");
    ObjectNode fallback = exit.putObject("fallback");
    fallback.put("offered", fallbackOffered);
    if (fallbackOffered) {
      String vmbo = null;
      for (JsonNode d : t.get("diplomas")) {
        if (d.get("kind").asString().startsWith("VMBO")) {
          vmbo = d.get("kind").asString();
        }
      }
      fallback.put("targetDiploma", vmbo == null ? "VMBO_BB" : "MBO_2");
    } else {
      fallback.putNull("targetDiploma");
    }
    exit.put("gradeListIssued", true);
  }

  private static void removeAfter(ArrayNode list, String field, LocalDate date) {
    for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
      if (LocalDate.parse(it.next().get(field).asString()).isAfter(date)) {
        it.remove();
      }
    }
  }
}
