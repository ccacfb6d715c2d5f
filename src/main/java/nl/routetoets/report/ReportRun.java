package nl.routetoets.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Application;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.ruleset.RuleSet;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs a report: one thread reads records, the evaluation threads parse and check them in chunks,
 * and the calling thread writes the chunks in input order and counts them. A bounded queue between
 * reading and writing keeps memory flat whatever the size of the input.
 *
 * <p>Outputs are written to hidden files in the output folder and moved into place at the end, so
 * a failed run leaves nothing half-written. A cancelled run finishes the records already read,
 * writes everything, and marks summary.json and report.html as incomplete.
 */
public final class ReportRun {
  static final int CHUNK = 256;
  /** The output files, in the order they are written; the drill-down pages are in the folder {@value HtmlReport#DETAILS}. */
  static final List<String> OUTPUTS =
      List.of("results.jsonl", "findings.csv", "summary.json", "report.html", "report.en.html", "report.pdf");
  private static final CompletableFuture<Evaluator.Chunk> END = CompletableFuture.completedFuture(null);

  /** What the outputs say about the run itself. */
  record About(boolean complete, LocalDate asOf, RuleSetRef ruleSet, List<String> inputs, boolean suppressSmall,
      List<String> folders) {}

  private final RuleSet ruleSet;
  private final ReportRequest request;
  private final ProgressListener progress;
  private final BooleanSupplier cancelled;
  private final RegisterApplications applications = new RegisterApplications();
  private final Evaluator evaluator;
  private final LawView lawView;
  private final BlockingQueue<CompletableFuture<Evaluator.Chunk>> order;
  private volatile boolean aborted;
  private volatile boolean stoppedEarly;
  private volatile long bytesBefore;
  private volatile RecordSource current;
  private long totalBytes;

  private ReportRun(RuleSet ruleSet, ReportRequest request, ProgressListener progress, BooleanSupplier cancelled) {
    this.ruleSet = ruleSet;
    this.request = request;
    this.progress = progress;
    this.cancelled = cancelled;
    this.lawView = LawView.of(ruleSet);
    this.evaluator = new Evaluator(new Checker(ruleSet, request.asOf()), applications,
        new Classifier(applications, Directions.load(ruleSet.reference()), lawView));
    this.order = new ArrayBlockingQueue<>(request.threads() * 4);
  }

  /**
   * Checks every record of the request's inputs and writes its outputs (docs/reports.md#outputs).
   *
   * @param cancelled polled between records; when it turns true the run stops reading, writes what it has and returns
   * @throws ReportException when an input cannot be opened or read as a whole, or the outputs cannot be written; nothing is left in the output folder then
   */
  public static ReportOutcome run(RuleSet ruleSet, ReportRequest request, ProgressListener progress, BooleanSupplier cancelled)
      throws ReportException {
    return new ReportRun(ruleSet, request, progress, cancelled).run();
  }

  private ReportOutcome run() throws ReportException {
    long start = System.nanoTime();
    for (Path p : request.inputs()) {
      if (!Files.isRegularFile(p)) {
        throw new ReportException(p + ": no such file");
      }
      totalBytes += size(p);
    }
    Path dir = request.outDir();
    List<Path> temps = new ArrayList<>();
    Path details = dir.resolve("." + HtmlReport.DETAILS + ".partial");
    ExecutorService workers = Executors.newFixedThreadPool(request.threads(), daemons("report-eval-"));
    Thread reader = null;
    try {
      Files.createDirectories(dir);
      deleteTree(details);
      for (String name : OUTPUTS) {
        temps.add(dir.resolve("." + name + ".partial"));
      }
      List<RawRecord> before = request.applications() == null ? List.of() : registerApplications(request.applications());
      Aggregation agg = new Aggregation(request.drillDownLimit());
      agg.law.switchDay = lawView.allRoutesFrom();
      long records;
      try (Writer results = Files.newBufferedWriter(temps.get(0), StandardCharsets.UTF_8);
          Writer findings = Files.newBufferedWriter(temps.get(1), StandardCharsets.UTF_8)) {
        findings.write(FindingsCsv.BOM);
        try (CSVPrinter header = new CSVPrinter(new NoClose(findings), FindingsCsv.FORMAT)) {
          header.printRecord((Object[]) FindingsCsv.HEADER);
        }
        Throwable[] readFailure = new Throwable[1];
        reader = new Thread(() -> read(before, workers, readFailure), "report-read");
        reader.setDaemon(true);
        reader.start();
        records = write(results, findings, agg);
        reader.join();
        if (readFailure[0] != null) {
          throw readFailure[0];
        }
      }
      List<String> folders = new ArrayList<>();
      for (Path p : request.applications() == null ? request.inputs()
          : java.util.stream.Stream.concat(request.inputs().stream(), java.util.stream.Stream.of(request.applications())).toList()) {
        Path parent = p.getParent();
        if (parent != null && !folders.contains(parent + java.io.File.separator)) {
          folders.add(parent + java.io.File.separator);
        }
      }
      About about = new About(!stoppedEarly, request.asOf(), ruleSet.ref(),
          request.inputs().stream().map(Path::toString).toList(), request.suppressSmall(), List.copyOf(folders));
      Figures fig = new Figures(request.suppressSmall());
      Files.writeString(temps.get(2), nl.routetoets.document.Json.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(SummaryJson.of(agg, about, fig)) + "\n", StandardCharsets.UTF_8);
      ReportText.Names names = ReportText.Names.of(ruleSet.reference());
      HtmlReport.write(agg, about, fig, names, temps.get(3), temps.get(4), details);
      Files.write(temps.get(5), ReproduciblePdf.of(HtmlReport.printable(agg, about, fig, names), "file:/report/"));
      List<Path> written = new ArrayList<>();
      for (int i = 0; i < OUTPUTS.size(); i++) {
        Path target = dir.resolve(OUTPUTS.get(i));
        Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
      }
      Path pages = dir.resolve(HtmlReport.DETAILS);
      deleteTree(pages);
      Files.move(details, pages, StandardCopyOption.ATOMIC_MOVE);
      written.add(pages);
      return new ReportOutcome(!stoppedEarly, records, List.copyOf(written), System.nanoTime() - start,
          evaluator.parseNanos.sum(), evaluator.evaluateNanos.sum(), agg.errors.count());
    } catch (Throwable e) {
      aborted = true;
      deleteQuietly(temps);
      try {
        deleteTree(details);
      } catch (IOException ignored) {
        // the run already failed; the message names the cause, not this
      }
      if (e instanceof ReportException re) {
        throw re;
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new ReportException("routetoets: report not written: " + message(e), e);
    } finally {
      aborted = true;
      workers.shutdownNow();
    }
  }

  /** The applications for route.ref, read before everything else; unreadable ones are reported as records. */
  private List<RawRecord> registerApplications(Path file) throws IOException, ReportException {
    if (!Files.isRegularFile(file)) {
      throw new ReportException(file + ": no such file");
    }
    List<RawRecord> unreadable = new ArrayList<>();
    try (RecordSource src = open(file)) {
      for (RawRecord r = src.next(); r != null; r = src.next()) {
        for (SourcedDocument d : parsed(r)) {
          if (d.valid() && d.document() instanceof Application app) {
            applications.register(RegisterApplications.BEFORE_ALL, app);
          } else if (d.valid() && d.document() instanceof LawRoute route) {
            applications.register(RegisterApplications.BEFORE_ALL, route);
          } else {
            unreadable.add(RawRecord.read(r.file(), r.line(), List.of(d), null));
          }
        }
      }
    }
    return unreadable;
  }

  private void read(List<RawRecord> before, ExecutorService workers, Throwable[] failure) {
    long index = 0;
    List<RawRecord> chunk = new ArrayList<>(before);
    try {
      for (Path input : request.inputs()) {
        try (RecordSource src = open(input)) {
          current = src;
          for (RawRecord r = src.next(); r != null; r = src.next()) {
            if (cancelled.getAsBoolean() || aborted) {
              stoppedEarly = true;
              break;
            }
            chunk.add(registerIfApplication(index + chunk.size(), r));
            if (chunk.size() >= CHUNK) {
              submit(index, chunk, workers);
              index += chunk.size();
              chunk = new ArrayList<>(CHUNK);
            }
          }
          bytesBefore += size(input);
          current = null;
        }
        if (stoppedEarly) {
          break;
        }
      }
      if (!chunk.isEmpty()) {
        submit(index, chunk, workers);
      }
    } catch (Throwable e) {
      failure[0] = e;
    } finally {
      try {
        offer(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A line that may hold an application or a route document is read here rather than on an evaluation
   * thread, so that it is known before any later line is checked. The test is textual and errs on the
   * side of reading too much: every application line contains the string "application", and every
   * route document the string "route" as a value ({@code "type": "route"}), where a trajectory has it only as a key.
   */
  private RawRecord registerIfApplication(long index, RawRecord r) {
    if (r.parsed() == null && !r.json().contains("\"application\"") && !hasRouteValue(r.json())) {
      return r;
    }
    List<SourcedDocument> docs = parsed(r);
    for (SourcedDocument d : docs) {
      // as in Checker#check: a document without a peildatum is an error, and is not there to refer to
      boolean hasPeildatum = request.asOf() != null || d.bundleAsOf() != null || d.valid() && d.document().asOf() != null;
      if (d.valid() && hasPeildatum && d.document() instanceof Application app) {
        applications.register(index, app);
      } else if (d.valid() && hasPeildatum && d.document() instanceof LawRoute route) {
        applications.register(index, route);
      }
    }
    return RawRecord.read(r.file(), r.line(), docs, r.school());
  }

  /** Whether the text holds the string "route" after a colon, as the value of a field. */
  static boolean hasRouteValue(String json) {
    for (int at = json.indexOf("\"route\""); at >= 0; at = json.indexOf("\"route\"", at + 1)) {
      int before = at - 1;
      while (before >= 0 && Character.isWhitespace(json.charAt(before))) {
        before--;
      }
      if (before >= 0 && json.charAt(before) == ':') {
        return true;
      }
    }
    return false;
  }

  private static List<SourcedDocument> parsed(RawRecord r) {
    if (r.parsed() != null) {
      return r.parsed();
    }
    List<SourcedDocument> docs = new ArrayList<>(1);
    DocumentReader.parseLine(r.file(), r.line(), r.json(), docs::add);
    return docs;
  }

  private void submit(long first, List<RawRecord> chunk, ExecutorService workers) throws InterruptedException {
    offer(CompletableFuture.supplyAsync(() -> evaluator.evaluate(first, chunk), workers));
  }

  private void offer(CompletableFuture<Evaluator.Chunk> f) throws InterruptedException {
    while (!order.offer(f, 100, TimeUnit.MILLISECONDS)) {
      if (aborted) {
        return;
      }
    }
  }

  private long write(Writer results, Writer findings, Aggregation agg) throws IOException, InterruptedException {
    long records = 0;
    while (true) {
      CompletableFuture<Evaluator.Chunk> f = order.take();
      if (f == END) {
        return records;
      }
      Evaluator.Chunk c;
      try {
        c = f.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
      results.write(c.results());
      findings.write(c.findings());
      for (Facet facet : c.facets()) {
        agg.add(facet);
      }
      records += c.facets().size();
      RecordSource src = current;
      progress.progress(records, bytesBefore + (src == null ? 0 : src.bytesRead()), totalBytes);
    }
  }

  private RecordSource open(Path file) throws IOException, ReportException {
    String name = file.getFileName().toString();
    if (name.endsWith(".csv")) {
      return RegisterSource.open(file, request.sortChunkRows(), request.outDir(), cancelled);
    }
    if (name.endsWith(".json")) {
      return WholeJsonSource.open(file);
    }
    return new JsonLinesSource(file);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String message(Throwable e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file";
    }
    Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return c.getMessage() == null ? c.toString() : c.getMessage();
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path p : files) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // the run already failed; the message names the cause, not this
      }
    }
  }

  /** Deletes a folder of pages and everything in it; nothing when it is not there. */
  private static void deleteTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Lets a CSVPrinter print the header without closing the file under it. */
  private static final class NoClose extends java.io.FilterWriter {
    NoClose(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
