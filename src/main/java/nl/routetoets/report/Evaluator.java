package nl.routetoets.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Result;
import nl.routetoets.model.Trajectory;
import org.apache.commons.csv.CSVPrinter;

/**
 * The work of the evaluation threads: parse a chunk of records, check them, and format their
 * output lines, so that the writing thread only has to write and count.
 */
final class Evaluator {
  /** The output of one chunk, in input order. */
  record Chunk(String results, String findings, List<Facet> facets) {}

  private final Checker checker;
  private final Checker withoutApplications;
  private final Checker forApplications;
  private final Applications applications;
  private final Classifier classifier;
  final LongAdder parseNanos = new LongAdder();
  final LongAdder evaluateNanos = new LongAdder();

  /**
   * @param checker resolves references against the applications of the run
   * @param withoutApplications knows no application: for a reference to one read after the record
   * @param forApplications checks the applications themselves; a checker remembers every application it checks, and
   *     this one keeps a later duplicate id from replacing the application that references resolve to
   */
  Evaluator(Checker checker, Checker withoutApplications, Checker forApplications, Applications applications, Classifier classifier) {
    this.checker = checker;
    this.withoutApplications = withoutApplications;
    this.forApplications = forApplications;
    this.applications = applications;
    this.classifier = classifier;
  }

  Chunk evaluate(long firstIndex, List<RawRecord> records) {
    StringBuilder results = new StringBuilder(records.size() * 1536);
    StringBuilder findings = new StringBuilder(records.size() * 512);
    List<Facet> facets = new ArrayList<>(records.size());
    try (CSVPrinter csv = new CSVPrinter(findings, FindingsCsv.FORMAT)) {
      for (int i = 0; i < records.size(); i++) {
        RawRecord raw = records.get(i);
        List<SourcedDocument> docs = raw.parsed();
        if (docs == null) {
          long t0 = System.nanoTime();
          docs = new ArrayList<>(1);
          DocumentReader.parseLine(raw.file(), raw.line(), raw.json(), docs::add);
          parseNanos.add(System.nanoTime() - t0);
        }
        for (SourcedDocument d : docs) {
          long t0 = System.nanoTime();
          Result r = check(d, firstIndex + i);
          evaluateNanos.add(System.nanoTime() - t0);
          results.append(Json.MAPPER.writeValueAsString(r)).append('\n');
          FindingsCsv.print(csv, r);
          facets.add(classifier.facet(d, r, raw.school()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return new Chunk(results.toString(), findings.toString(), facets);
  }

  /** A reference to an application read after this record is not resolved, as if the records were checked one by one. */
  private Result check(SourcedDocument d, long index) {
    if (d.valid() && d.document() instanceof nl.routetoets.model.Application) {
      return forApplications.check(d);
    }
    if (d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null
        && applications.visibleAt(t.route().ref().applicationId(), index) == null) {
      return withoutApplications.check(d);
    }
    return checker.check(d);
  }
}
