package nl.routetoets.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Document;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Trajectory;

/** What the JSON types cannot say: required identifiers, and years that follow each other. */
final class DocumentValidator {
  private DocumentValidator() {}

  static List<InputError> validate(Document doc, String file, Integer line, String prefix) {
    List<InputError> errors = new ArrayList<>();
    Reporter report = (path, problem) -> errors.add(new InputError(file, line, join(prefix, path), problem));
    if (doc.id() == null || doc.id().isBlank()) {
      report.add("id", "every document needs an \"id\"");
    }
    if (doc instanceof Application app) {
      application(app, report);
    } else if (doc instanceof Trajectory t) {
      trajectory(t, report);
    }
    return errors;
  }

  private static void application(Application app, Reporter report) {
    if (app.routes() == null || app.routes().isEmpty()) {
      report.add("routes", "an application requests at least one route");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < app.routes().size(); i++) {
      ApplicationRoute r = app.routes().get(i);
      if (r == null) {
        report.add("routes[" + i + "]", "a route is an object, not null");
      } else if (r.routeId() == null || r.routeId().isBlank()) {
        report.add("routes[" + i + "].routeId", "every route needs a \"routeId\"");
      } else if (!ids.add(r.routeId())) {
        report.add("routes[" + i + "].routeId", "route id \"" + r.routeId() + "\" is used twice on this form");
      }
    }
  }

  private static void trajectory(Trajectory t, Reporter report) {
    Trajectory.Route route = t.route();
    if (route == null) {
      report.add("route", "a trajectory needs its \"route\", inline or as {\"ref\": …}");
    } else if (route.ref() != null && (route.approval() != null || route.routeType() != null || route.mbo() != null
        || route.vmbo() != null || route.design() != null || route.exams() != null || route.leerwegen() != null)) {
      report.add("route", "a route is either a \"ref\" or inline, not both");
    } else if (route.ref() != null && (route.ref().applicationId() == null || route.ref().routeId() == null)) {
      report.add("route.ref", "a reference needs \"applicationId\" and \"routeId\"");
    }
    List<Trajectory.Year> years = t.years();
    if (years == null) {
      return;
    }
    for (int i = 0; i < years.size(); i++) {
      Trajectory.Year y = years.get(i);
      String at = "years[" + i + "]";
      if (y == null) {
        report.add(at, "a year is an object, not null");
        return;
      }
      if (y.schoolYear() == null) {
        report.add(at + ".schoolYear", "every year needs its \"schoolYear\"");
        return;
      }
      if (y.routeYear() != null && y.routeYear() < 1) {
        report.add(at + ".routeYear", "route year " + y.routeYear() + " is not 1 or more");
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

  private static String join(String prefix, String path) {
    return prefix == null || prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
  }

  @FunctionalInterface
  private interface Reporter {
    void add(String path, String problem);
  }
}
