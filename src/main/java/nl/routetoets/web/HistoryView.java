package nl.routetoets.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.persistence.AuditLog;

/**
 * An application's audit entries as a reviewer reads them: what happened in words of the page's language rather than
 * the event's code, and its details likewise. The log stores its details as the workflow wrote them (they never
 * change); the known forms are read back here and said again, anything else is shown as stored.
 */
final class HistoryView {
  record Entry(String at, String actor, String action, String what, String details) {}

  private static final Pattern SUBMITTED = Pattern.compile("version (\\d+), verdict ([A-Z_]+)");
  private static final Pattern DECIDED = Pattern.compile("version (\\d+), route (.+?): ([A-Z_]+)(?:, overrules (\\d+) finding\\(s\\))?");
  private static final Pattern ASSIGNED = Pattern.compile("assigned to (.+?)(?: \\(was (.+)\\))?");
  private static final Pattern UNASSIGNED = Pattern.compile("assignment removed \\(was (.+)\\)");
  private static final Pattern REASONS = Pattern.compile("version (\\d+): (\\d+) reason\\(s\\) given, (\\d+) removed");

  private HistoryView() {}

  static List<Entry> of(List<AuditLog.Entry> entries, Readable readable) {
    return entries.stream().map(e -> new Entry(readable.shortDateTime(e.at()), e.actor(), e.action().name(),
        readable.messagesHas("desk.action." + e.action().name()) ? readable.msg("desk.action." + e.action().name()) : e.action().name(),
        details(e, readable))).toList();
  }

  static String details(AuditLog.Entry e, Readable r) {
    String d = e.details() == null ? "" : e.details();
    Matcher m;
    switch (e.action()) {
      case APPLICATION_SUBMITTED, VERSION_SUBMITTED -> {
        if ((m = SUBMITTED.matcher(d)).matches()) {
          return r.msg("desk.history.submitted", m.group(1), r.msg("verdict." + m.group(2)));
        }
      }
      case DECISION_RECORDED -> {
        if ((m = DECIDED.matcher(d)).matches()) {
          String said = r.msg("desk.history.decided", m.group(1), m.group(2), r.msg("outcome." + m.group(3)));
          return m.group(4) == null ? said : said + r.msg("desk.history.overrules", Integer.parseInt(m.group(4)));
        }
      }
      case APPLICATION_ASSIGNED -> {
        if ((m = UNASSIGNED.matcher(d)).matches()) {
          return r.msg("desk.history.unassigned", m.group(1));
        }
        if ((m = ASSIGNED.matcher(d)).matches()) {
          return m.group(2) == null ? r.msg("desk.history.assigned", m.group(1)) : r.msg("desk.history.reassigned", m.group(1), m.group(2));
        }
      }
      case FORM_REASONS_SAVED -> {
        if ((m = REASONS.matcher(d)).matches()) {
          return r.msg("desk.history.reasons", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
      }
      default -> {
        return d;
      }
    }
    return d;
  }
}
