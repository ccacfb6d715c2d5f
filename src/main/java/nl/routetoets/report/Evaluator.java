package nl.routetoets.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import tools.jackson.databind.ObjectWriter;

/**
 * The work of the evaluation threads: parse a chunk of records, check them, and format their
 * output lines, so that the writing thread only has to write and count.
 */
final class Evaluator {
  /** The output of one chunk, in input order. */
  record Chunk(String results, String findings, List<Facet> facets) {}

  private static final ObjectWriter RESULT = Json.MAPPER.writerFor(Result.class);
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Checker checker;
  private final RegisterApplications applications;
  private final Classifier classifier;
  /** CPU time the evaluation threads spent parsing, summed over the threads. */
  final LongAdder parseNanos = new LongAdder();
  /** CPU time the evaluation threads spent checking, summed over the threads. */
  final LongAdder evaluateNanos = new LongAdder();

  Evaluator(Checker checker, RegisterApplications applications, Classifier classifier) {
    this.checker = checker;
    this.applications = applications;
    this.classifier = classifier;
  }

  Chunk evaluate(long firstIndex, List<RawRecord> records) {
    // three passes rather than one per record, so that the thread's CPU clock is read three times a
    // chunk, not twice a record: CPU time, because wall time also counts the other work on the machine
    long t0 = cpuNanos();
    List<List<SourcedDocument>> parsed = new ArrayList<>(records.size());
    for (RawRecord raw : records) {
      List<SourcedDocument> docs = raw.parsed();
      if (docs == null) {
        docs = new ArrayList<>(1);
        DocumentReader.parseLine(raw.file(), raw.line(), raw.json(), docs::add);
      }
      parsed.add(docs);
    }
    long t1 = cpuNanos();
    List<Result> checked = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      for (SourcedDocument d : parsed.get(i)) {
        checked.add(check(d, firstIndex + i));
      }
    }
    long t2 = cpuNanos();
    // a record handed over already parsed (a line that may hold an application) was read on the reading thread
    parseNanos.add(t1 - t0);
    evaluateNanos.add(t2 - t1);
    StringBuilder results = new StringBuilder(records.size() * 1536);
    StringBuilder findings = new StringBuilder(records.size() * 512);
    List<Facet> facets = new ArrayList<>(checked.size());
    try (CSVPrinter csv = new CSVPrinter(findings, FindingsCsv.FORMAT)) {
      int next = 0;
      for (int i = 0; i < records.size(); i++) {
        for (SourcedDocument d : parsed.get(i)) {
          Result r = checked.get(next++);
          results.append(RESULT.writeValueAsString(r)).append('\n');
          Facet facet = classifier.facet(d, r, records.get(i).school());
          FindingsCsv.print(csv, r, facet.school());
          facets.add(facet);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return new Chunk(results.toString(), findings.toString(), facets);
  }

  /** The CPU time of the calling thread, or its wall time where the JVM cannot tell. */
  private static long cpuNanos() {
    return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** A reference to an application read after this record is not resolved, as if the records were checked one by one. */
  private Result check(SourcedDocument d, long index) {
    return checker.check(d, applications.visibleAt(index));
  }
}
