package nl.routetoets.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Document;
import nl.routetoets.model.DocumentIds;
import nl.routetoets.model.Codes;
import nl.routetoets.model.InputError;
import nl.routetoets.model.LawParts;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Printable;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.Trajectory;

/**
 * What the JSON types cannot say: required identifiers and their syntax, the patterns and ranges of the
 * published schema, and years that follow each other. The schema's {@code pattern}, {@code minimum},
 * {@code maximum} and {@code minLength} are checked here one by one, so that the reader refuses what the
 * schema refuses (SchemaTest holds the two together).
 */
final class DocumentValidator {
  /** {@code application.schema.json#/$defs/crebo}. */
  private static final Pattern CREBO = Pattern.compile("[0-9]{5}");
  /** The BRIN pattern of {@code applicant.school.brin} and {@code applicant.institution.brin}. */
  private static final Pattern BRIN = Pattern.compile("[0-9A-Z]{4}");
  private static final BigDecimal LOWEST_GRADE = BigDecimal.ONE;
  private static final BigDecimal HIGHEST_GRADE = BigDecimal.TEN;

  private DocumentValidator() {}

  static List<InputError> validate(Document doc, String file, Integer line, String prefix) {
    List<InputError> errors = new ArrayList<>();
    Reporter report = (path, problem) -> errors.add(new InputError(file, line, join(prefix, path), problem));
    if (doc.id() == null) {
      report.add("id", "every document needs an \"id\"");
    } else {
      id(report, "id", doc.id());
    }
    if (doc instanceof Application app) {
      application(app, report);
    } else if (doc instanceof Trajectory t) {
      trajectory(t, report);
    } else if (doc instanceof LawRoute r) {
      lawRoute(report, "", r.kind(), r.provider(), r.vmbo(), r.mbo(), r.design(), r.agreement());
    }
    return errors;
  }

  /** An id of the id syntax; null is left to the caller, who knows whether it may be absent. */
  static boolean id(Reporter report, String path, String id) {
    if (id != null && !DocumentIds.valid(id)) {
      report.add(path, DocumentIds.problem(id));
      return false;
    }
    return true;
  }

  private static void application(Application app, Reporter report) {
    if (app.applicant() != null) {
      if (app.applicant().school() != null) {
        pattern(report, "applicant.school.brin", app.applicant().school().brin(), BRIN, "a BRIN number: 4 digits or capitals");
      }
      if (app.applicant().institution() != null) {
        pattern(report, "applicant.institution.brin", app.applicant().institution().brin(), BRIN,
            "a BRIN number: 4 digits or capitals");
      }
    }
    if (app.agreement() != null && app.agreement().fundingTransfer() != null) {
      atLeast(report, "agreement.fundingTransfer.amountEur", app.agreement().fundingTransfer().amountEur(), BigDecimal.ZERO);
    }
    if (app.routes() == null || app.routes().isEmpty()) {
      report.add("routes", "an application requests at least one route");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < app.routes().size(); i++) {
      ApplicationRoute r = app.routes().get(i);
      String at = "routes[" + i + "]";
      if (r == null) {
        report.add(at, "must not be null: a route is an object");
        continue;
      }
      if (r.routeId() == null) {
        report.add(at + ".routeId", "every route needs a \"routeId\"");
      } else if (id(report, at + ".routeId", r.routeId()) && !ids.add(r.routeId())) {
        report.add(at + ".routeId", "route id \"" + r.routeId() + "\" is used twice on this form");
      }
      parts(report, at, r.mbo(), r.design(), r.exams());
      String lawField = lawOnlyPart(r.mbo(), r.design());
      if (lawField != null) {
        report.add(at + "." + lawField, "\"" + lawField.replaceAll(".*\\.", "") + "\" belongs to a route under the law, which needs no"
            + " application; describe it in a \"route\" document");
      }
      if (r.extraSubjects() != null) {
        for (int j = 0; j < r.extraSubjects().size(); j++) {
          if (r.extraSubjects().get(j).isEmpty()) {
            report.add(at + ".extraSubjects[" + j + "]", "an extra subject is a name, not \"\"");
          }
        }
      }
    }
  }

  /** The parts an application route and a trajectory's inline route share. */
  private static void parts(Reporter report, String route, RouteParts.Mbo mbo, RouteParts.Design design, RouteParts.ExamPlan exams) {
    String at = route.isEmpty() ? "" : route + ".";
    if (mbo != null) {
      between(report, at + "mbo.level", mbo.level(), 1, 4);
      if (mbo.qualifications() != null) {
        for (int i = 0; i < mbo.qualifications().size(); i++) {
          pattern(report, at + "mbo.qualifications[" + i + "]", mbo.qualifications().get(i), CREBO, "a crebo code: 5 digits");
        }
      }
    }
    if (design != null) {
      atLeast(report, at + "design.years", design.years(), 1);
      if (design.hours() != null) {
        atLeast(report, at + "design.hours.total", design.hours().total(), 0);
        atLeast(report, at + "design.hours.guided", design.hours().guided(), 0);
        atLeast(report, at + "design.hours.workplacement", design.hours().workplacement(), 0);
      }
    }
    if (exams != null) {
      atLeast(report, at + "exams.vmboExamLatestRouteYear", exams.vmboExamLatestRouteYear(), 1);
    }
  }

  private static void trajectory(Trajectory t, Reporter report) {
    route(t.route(), report);
    years(t.years(), report);
    if (t.exams() != null) {
      for (int i = 0; i < t.exams().size(); i++) {
        Trajectory.Exam e = t.exams().get(i);
        if (e == null) {
          report.add("exams[" + i + "]", "must not be null: an exam is an object");
        } else {
          between(report, "exams[" + i + "].level", e.level(), 1, 4);
          between(report, "exams[" + i + "].sitting", e.sitting(), 1, 3);
          if (e.subjects() != null) {
            for (int j = 0; j < e.subjects().size(); j++) {
              if (e.subjects().get(j).isEmpty()) {
                report.add("exams[" + i + "].subjects[" + j + "]", "a subject is a name, not \"\"");
              }
            }
          }
        }
      }
    }
    if (t.diplomas() != null) {
      for (int i = 0; i < t.diplomas().size(); i++) {
        if (t.diplomas().get(i) == null) {
          report.add("diplomas[" + i + "]", "must not be null: a diploma is an object");
        }
      }
    }
    Trajectory.VmboResults grades = t.vmboResults();
    if (grades != null) {
      grade(report, "vmboResults.nederlands", grades.nederlands());
      grade(report, "vmboResults.engels", grades.engels());
      grade(report, "vmboResults.rekentoets", grades.rekentoets());
      grade(report, "vmboResults.maatschappijleerSE", grades.maatschappijleerSE());
    }
  }

  private static void route(Trajectory.Route route, Reporter report) {
    if (route == null) {
      report.add("route", "a trajectory needs its \"route\", inline or as {\"ref\": …}");
    } else if (route.ref() != null && (route.approval() != null || route.routeType() != null || route.mbo() != null
        || route.vmbo() != null || route.design() != null || route.exams() != null || route.leerwegen() != null
        || route.kind() != null || lawOnly(route) != null)) {
      report.add("route", "a route is either a \"ref\" or inline, not both");
    } else if (route.ref() != null) {
      reference(route.ref(), report);
    } else if (route.kind() != null) {
      String experimentField = route.approval() != null ? "approval" : route.routeType() != null ? "routeType"
          : route.exams() != null ? "exams" : null;
      if (experimentField != null) {
        report.add("route." + experimentField, "\"" + experimentField + "\" belongs to an experiment route; a route with \"kind\" is a"
            + " route under the law (formats.md §6), which has no approval, route type or exam plan");
      }
      lawRoute(report, "route.", route.kind(), route.provider(), route.vmbo(), route.mbo(), route.design(), route.agreement());
    } else {
      String lawField = lawOnly(route);
      if (lawField != null) {
        report.add("route." + lawField, "\"" + lawField.replaceAll(".*\\.", "") + "\" belongs to a route under the law; give its \"kind\""
            + " (DLR or GLR), or leave it out of an experiment route");
      }
      if (route.approval() != null) {
        id(report, "route.approval.applicationId", route.approval().applicationId());
        id(report, "route.approval.routeId", route.approval().routeId());
      }
      parts(report, "route", route.mbo(), route.design(), route.exams());
    }
  }

  /** A reference to an application's route, or to a {@code route} document: one of the two, whole. */
  private static void reference(Trajectory.RouteRef ref, Reporter report) {
    if (ref.route() != null) {
      if (ref.applicationId() != null || ref.routeId() != null) {
        report.add("route.ref", "a reference names an application's route (\"applicationId\", \"routeId\") or a route document"
            + " (\"route\"), not both");
      }
      id(report, "route.ref.route", ref.route());
      return;
    }
    if (ref.applicationId() == null || ref.routeId() == null) {
      report.add("route.ref", "a reference needs \"applicationId\" and \"routeId\", or \"route\"");
    }
    id(report, "route.ref.applicationId", ref.applicationId());
    id(report, "route.ref.routeId", ref.routeId());
  }

  /** The first field of an inline route that only a route under the law has, as a path below the route; null when none. */
  private static String lawOnly(Trajectory.Route route) {
    if (route.firstSchoolYear() != null) {
      return "firstSchoolYear";
    }
    if (route.provider() != null) {
      return "provider";
    }
    if (route.agreement() != null) {
      return "agreement";
    }
    if (route.melding() != null) {
      return "melding";
    }
    if (route.complaints() != null) {
      return "complaints";
    }
    if (route.glr() != null) {
      return "glr";
    }
    return lawOnlyPart(route.mbo(), route.design());
  }

  /** The first field of an mbo part or design that only a route under the law has, as a path below the route; null when none. */
  private static String lawOnlyPart(RouteParts.Mbo mbo, RouteParts.Design d) {
    if (mbo != null && mbo.programmeYears() != null) {
      return "mbo.programmeYears";
    }
    if (mbo != null && mbo.relatedToVo() != null) {
      return "mbo.relatedToVo";
    }
    if (d != null && (d.locations() != null || d.vmboCentralExamRouteYear() != null || d.reducedHours() != null
        || d.programmeDescription() != null || d.teams() != null)) {
      return "design." + (d.locations() != null ? "locations" : d.vmboCentralExamRouteYear() != null ? "vmboCentralExamRouteYear"
          : d.reducedHours() != null ? "reducedHours" : d.programmeDescription() != null ? "programmeDescription" : "teams");
    }
    return null;
  }

  /** A route under the law (a {@code route} document, or inline in a trajectory at {@code at}): its ranges and codes. */
  private static void lawRoute(
      Reporter report, String at, Codes.LawRouteKind kind, LawParts.Provider provider, RouteParts.Vmbo vmbo, RouteParts.Mbo mbo,
      RouteParts.Design design, LawParts.RouteAgreement agreement) {
    if (kind == null && at.isEmpty()) {
      report.add("kind", "a route needs its \"kind\": DLR or GLR");
    }
    if (vmbo != null && (vmbo.sector() != null || vmbo.afdeling() != null)) {
      report.add(at + "vmbo." + (vmbo.sector() != null ? "sector" : "afdeling"),
          "a route under the law names its vmbo \"profiel\" only; sector and afdeling belong to the experiment");
    }
    if (provider != null) {
      if (provider.school() != null) {
        pattern(report, at + "provider.school.brin", provider.school().brin(), BRIN, "a BRIN number: 4 digits or capitals");
      }
      if (provider.institution() != null) {
        pattern(report, at + "provider.institution.brin", provider.institution().brin(), BRIN, "a BRIN number: 4 digits or capitals");
      }
    }
    if (mbo != null) {
      between(report, at + "mbo.programmeYears", mbo.programmeYears(), 1, 3);
    }
    if (design != null && design.vmboCentralExamRouteYear() != null && !design.vmboCentralExamRouteYear().none()) {
      atLeast(report, at + "design.vmboCentralExamRouteYear", design.vmboCentralExamRouteYear().routeYear(), 1);
    }
    if (agreement != null && agreement.fundingTransfer() != null) {
      atLeast(report, at + "agreement.fundingTransfer.amountEur", agreement.fundingTransfer().amountEur(), BigDecimal.ZERO);
    }
    parts(report, at.isEmpty() ? "" : "route", mbo, design, null);
  }

  private static void years(List<Trajectory.Year> years, Reporter report) {
    if (years == null) {
      return;
    }
    for (int i = 0; i < years.size(); i++) {
      Trajectory.Year y = years.get(i);
      String at = "years[" + i + "]";
      if (y == null) {
        report.add(at, "must not be null: a year is an object");
        return;
      }
      atLeast(report, at + ".vmboLeerjaar", y.vmboLeerjaar(), 1);
      between(report, at + ".mboLevel", y.mboLevel(), 1, 4);
      pattern(report, at + ".crebo", y.crebo(), CREBO, "a crebo code: 5 digits");
      if (y.workplacement() != null) {
        atLeast(report, at + ".workplacement.hours", y.workplacement().hours(), 0);
      }
      if (y.routeYear() != null && y.routeYear() < 1) {
        report.add(at + ".routeYear", "route year " + y.routeYear() + " is not 1 or more");
      }
      if (y.schoolYear() == null) {
        report.add(at + ".schoolYear", "every year needs its \"schoolYear\"");
        return;
      }
      if (y.enrolledOn() != null && (y.enrolledOn().isBefore(y.schoolYear().firstDay()) || y.enrolledOn().isAfter(y.schoolYear().lastDay()))) {
        report.add(at + ".enrolledOn", "date " + y.enrolledOn() + " is not in school year " + y.schoolYear());
      }
      if (i == 0) {
        continue;
      }
      Trajectory.Year prev = years.get(i - 1);
      if (prev.schoolYear() != null && y.schoolYear().yearsSince(prev.schoolYear()) != 1) {
        report.add(at + ".schoolYear", "school year " + y.schoolYear() + " does not follow " + prev.schoolYear()
            + "; list one entry per consecutive school year");
      } else if (prev.routeYear() != null && y.routeYear() != null && y.routeYear() != prev.routeYear() + 1) {
        report.add(at + ".routeYear", "route year " + y.routeYear() + " does not match school year " + y.schoolYear()
            + ": it follows route year " + prev.routeYear() + " in " + prev.schoolYear());
      }
    }
  }

  private static void pattern(Reporter report, String path, String value, Pattern pattern, String what) {
    if (value != null && !pattern.matcher(value).matches()) {
      report.add(path, Printable.quote(value) + " is not " + what);
    }
  }

  private static void atLeast(Reporter report, String path, Integer value, int min) {
    if (value != null && value < min) {
      report.add(path, value + " is not " + min + " or more");
    }
  }

  private static void between(Reporter report, String path, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      report.add(path, value + " is not between " + min + " and " + max);
    }
  }

  private static void atLeast(Reporter report, String path, BigDecimal value, BigDecimal min) {
    if (value != null && value.compareTo(min) < 0) {
      report.add(path, Printable.quote(value.toString()) + " is not " + min + " or more");
    }
  }

  private static void grade(Reporter report, String path, BigDecimal value) {
    if (value != null && (value.compareTo(LOWEST_GRADE) < 0 || value.compareTo(HIGHEST_GRADE) > 0)) {
      report.add(path, "grade " + Printable.quote(value.toString()) + " is not between 1 and 10");
    }
  }

  private static String join(String prefix, String path) {
    return prefix == null || prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
  }

  @FunctionalInterface
  interface Reporter {
    void add(String path, String problem);
  }
}
