package nl.routetoets.report;

import java.util.List;
import nl.routetoets.document.SourcedDocument;

/**
 * One record as read, before checking: the JSON text of a line, or the documents already read from
 * it (applications, which must be known before later lines are checked, and register errors).
 *
 * @param school the BRIN the source itself gives (a register row); null to take it from the application
 */
record RawRecord(String file, int line, String json, List<SourcedDocument> parsed, String school) {
  static RawRecord text(String file, int line, String json, String school) {
    return new RawRecord(file, line, json, null, school);
  }

  static RawRecord read(String file, int line, List<SourcedDocument> parsed, String school) {
    return new RawRecord(file, line, null, parsed, school);
  }
}
