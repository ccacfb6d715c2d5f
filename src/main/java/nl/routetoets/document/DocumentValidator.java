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
import nl.routetoets.model.InputError;
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
  private static void parts(Reporter report, String at, RouteParts.Mbo mbo, RouteParts.Design design, RouteParts.ExamPlan exams) {
    if (mbo != null) {
      between(report, at + ".mbo.level", mbo.level(), 1, 4);
      if (mbo.qualifications() != null) {
        for (int i = 0; i < mbo.qualifications().size(); i++) {
          pattern(report, at + ".mbo.qualifications[" + i + "]", mbo.qualifications().get(i), CREBO, "a crebo code: 5 digits");
        }
      }
    }
    if (design != null) {
      atLeast(report, at + ".design.years", design.years(), 1);
      if (design.hours() != null) {
        atLeast(report, at + ".design.hours.total", design.hours().total(), 0);
        atLeast(report, at + ".design.hours.guided", design.hours().guided(), 0);
        atLeast(report, at + ".design.hours.workplacement", design.hours().workplacement(), 0);
      }
    }
    if (exams != null) {
      atLeast(report, at + ".exams.vmboExamLatestRouteYear", exams.vmboExamLatestRouteYear(), 1);
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
        || route.vmbo() != null || route.design() != null || route.exams() != null || route.leerwegen() != null)) {
      report.add("route", "a route is either a \"ref\" or inline, not both");
    } else if (route.ref() != null) {
      if (route.ref().applicationId() == null || route.ref().routeId() == null) {
        report.add("route.ref", "a reference needs \"applicationId\" and \"routeId\"");
      }
      id(report, "route.ref.applicationId", route.ref().applicationId());
      id(report, "route.ref.routeId", route.ref().routeId());
    } else {
      if (route.approval() != null) {
        id(report, "route.approval.applicationId", route.approval().applicationId());
        id(report, "route.approval.routeId", route.approval().routeId());
      }
      parts(report, "route", route.mbo(), route.design(), route.exams());
    }
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
