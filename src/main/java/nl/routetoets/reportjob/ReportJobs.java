package nl.routetoets.reportjob;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.report.Headline;
import nl.routetoets.report.ReportException;
import nl.routetoets.report.ReportOutcome;
import nl.routetoets.report.ReportRequest;
import nl.routetoets.report.ReportRun;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;

/**
 * Report jobs: started from an uploaded file, run one or a few at a time on a bounded executor, and
 * watched by polling. A job keeps its input and outputs in {@code <folder>/<job id>/}; the outputs
 * appear only when the run has finished (the report package writes them to hidden files and moves
 * them into place). Jobs live in memory: after a restart the folders remain, the list starts empty.
 */
@Service
public class ReportJobs {
  private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

  /**
   * {@code routetoets.reports.*}: where jobs write, how many run at once, how many may wait, and how
   * many threads one job checks with, and which roles see every job (its starter always sees it).
   */
  @ConfigurationProperties("routetoets.reports")
  public record Properties(
      @DefaultValue("routetoets-data/reports") Path folder,
      @DefaultValue("1") int concurrent,
      @DefaultValue("4") int queued,
      @DefaultValue("2") int threads,
      @DefaultValue("AUDITOR") java.util.Set<Role> seenBy) {}

  public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

  /**
   * A job as callers see it; {@code outputs} are the file names ready to fetch (the drill-down pages in
   * {@code details/} are reached from the report); {@code startedAt} and {@code finishedAt} null until the run starts or
   * ends; {@code headline} the report's headline result once it is written. No field names a folder of the server.
   */
  public record JobView(
      String id, String input, LocalDate asOf, String startedBy, Instant createdAt, State state, long records, long bytesRead,
      long totalBytes, Integer percent, boolean complete, String error, List<String> outputs, Instant startedAt,
      Instant finishedAt, Result headline) {}

  /**
   * The headline result of a finished job (report package {@link Headline}): of the readable students N, how many comply,
   * need review and do not comply, with the rate as the report rounds it in per mille; -1 for a count withheld as small.
   */
  public record Result(
      long students, long compliant, long review, long nonCompliant, long nonCompliantPerMille, long invalid, long routes,
      long applications) {}

  /** The folder of the drill-down pages in a report's output, and what their names look like. */
  private static final String DETAILS = "details";
  private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("(norm|school)-[A-Za-z0-9-]{1,48}(\\.en)?\\.html");

  /** What the kinds of input are called; the report package tells them apart by extension. */
  private static final List<String> EXTENSIONS = List.of(".jsonl", ".json", ".csv");

  private final Properties properties;
  private final LiveRuleSet live;
  private final AuditLog audit;
  private final Clock clock;
  private final ThreadPoolExecutor executor;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  public ReportJobs(Properties properties, LiveRuleSet live, AuditLog audit, Clock clock) {
    this.properties = properties;
    this.live = live;
    this.audit = audit;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(properties.concurrent(), properties.concurrent(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(properties.queued()), r -> {
          Thread t = new Thread(r, "report-job-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** A job's mutable state, written by its run and read by pollers. */
  static final class Job {
    final String id;
    final String input;
    final LocalDate asOf;
    final String startedBy;
    final Instant createdAt;
    final Path dir;
    volatile State state = State.QUEUED;
    volatile long records;
    volatile long bytesRead;
    volatile long totalBytes;
    volatile boolean complete;
    volatile boolean cancel;
    volatile String error;
    volatile Instant startedAt;
    volatile Instant finishedAt;
    volatile Result headline;

    Job(String id, String input, LocalDate asOf, String startedBy, Instant createdAt, Path dir) {
      this.id = id;
      this.input = input;
      this.asOf = asOf;
      this.startedBy = startedBy;
      this.createdAt = createdAt;
      this.dir = dir;
    }
  }

  /**
   * Starts a report on an uploaded file: {@code .jsonl} (JSON Lines), {@code .json} (a document or
   * bundle) or {@code .csv} (a BRON-style register, which needs the peildatum).
   */
  public JobView start(Caller caller, String fileName, InputStream content, LocalDate asOf) {
    return start(caller, new Upload(fileName, content), null, asOf);
  }

  /** An uploaded file: the name the client gave it and its content. */
  public record Upload(String fileName, InputStream content) {}

  /**
   * As {@link #start(Caller, String, InputStream, LocalDate)}, with the applications (JSON Lines)
   * whose routes the records refer to ({@code route.ref}, or a register's aanvraag_id and route_id),
   * as {@code report --applications} does; null when the records carry their routes inline.
   */
  public JobView start(Caller caller, Upload upload, Upload applications, LocalDate asOf) {
    mayReport(caller);
    String fileName = upload.fileName();
    String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
    String extension = EXTENSIONS.stream().filter(e -> name.toLowerCase(Locale.ROOT).endsWith(e)).findFirst()
        .orElseThrow(() -> Refused.invalid("file", "give a .jsonl, .json or .csv file, not \"" + name + "\""));
    if (".csv".equals(extension) && asOf == null) {
      throw Refused.invalid("asOf", "a register (.csv) is checked on a peildatum: give asOf (YYYY-MM-DD)");
    }
    String id = UUID.randomUUID().toString();
    Path dir = properties.folder().resolve(id);
    Path input = dir.resolve("input").resolve(safe(name));
    Path applicationsFile = applications == null ? null : dir.resolve("applications").resolve(safe(applicationsName(applications)));
    try {
      Files.createDirectories(input.getParent());
      Files.copy(upload.content(), input, StandardCopyOption.REPLACE_EXISTING);
      if (applicationsFile != null) {
        Files.createDirectories(applicationsFile.getParent());
        Files.copy(applications.content(), applicationsFile, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      log.warn("cannot store the upload of report {} in {}", id, dir, e);
      delete(dir);
      throw new UncheckedIOException("cannot store the upload", e);
    }
    Job job = new Job(id, name, asOf, caller.name(), clock.instant(), dir);
    jobs.put(id, job);
    try {
      executor.execute(() -> run(job, input, applicationsFile));
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      delete(dir);
      throw Refused.conflict("too many reports are running or waiting (" + (properties.concurrent() + properties.queued())
          + "); try again when one has finished");
    }
    audit.append(caller.name(), AuditAction.REPORT_STARTED, object(id), name + (asOf == null ? "" : ", peildatum " + asOf));
    return view(job);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String applicationsName(Upload applications) {
    String name = applications.fileName() == null ? "" : Path.of(applications.fileName()).getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      throw Refused.invalid("applications", "give the applications as JSON Lines (.jsonl), not \"" + name + "\"");
    }
    return name;
  }

  private void run(Job job, Path input, Path applications) {
    job.startedAt = clock.instant();
    job.state = State.RUNNING;
    // one snapshot of the rule set for the whole run, as for any check
    ReportRequest request = ReportRequest.of(List.of(input), job.dir.resolve("out")).withAsOf(job.asOf)
        .withThreads(Math.max(1, properties.threads()));
    if (applications != null) {
      request = request.withApplications(applications);
    }
    try {
      ReportOutcome outcome = ReportRun.run(live.current(), request, (records, read, total) -> {
        job.records = records;
        job.bytesRead = read;
        job.totalBytes = total;
      }, () -> job.cancel);
      job.records = outcome.records();
      job.bytesRead = job.totalBytes;
      job.complete = outcome.complete();
      job.headline = headline(job);
      job.finishedAt = clock.instant();
      job.state = outcome.complete() ? State.DONE : State.CANCELLED;
      audit.append(job.startedBy, AuditAction.REPORT_FINISHED, object(job.id), outcome.records() + " records"
          + (outcome.complete() ? "" : ", cancelled: incomplete"));
    } catch (ReportException | RuntimeException e) {
      log.warn("report {} failed", job.id, e);
      job.error = withoutFolders(e.getMessage(), job);
      job.finishedAt = clock.instant();
      job.state = State.FAILED;
      audit.append(job.startedBy, AuditAction.REPORT_FAILED, object(job.id), job.error);
    }
  }

  private static Result headline(Job job) {
    try {
      Headline h = Headline.read(job.dir.resolve("out"));
      return h == null ? null : new Result(h.students(), h.compliant(), h.review(), h.nonCompliant(), h.nonCompliantPerMille(),
          h.invalid(), h.routes(), h.applications());
    } catch (IOException | RuntimeException e) {
      log.warn("report {}: no headline", job.id, e);
      return null;
    }
  }

  /**
   * A message as a caller may read it: the job's folder on the server taken out ("…/input/x.jsonl: no such file"
   * becomes "x.jsonl: no such file"), since where the service keeps files is nobody's business but its own.
   */
  static String withoutFolders(String message, Job job) {
    if (message == null) {
      return null;
    }
    String text = message;
    for (Path folder : List.of(job.dir.resolve("input"), job.dir.resolve("applications"), job.dir.resolve("out"), job.dir)) {
      for (String form : List.of(folder.toAbsolutePath().normalize().toString(), folder.toString())) {
        text = text.replace(form + java.io.File.separator, "").replace(form, "");
      }
    }
    return text;
  }

  public List<JobView> list(Caller caller) {
    mayReport(caller);
    return jobs.values().stream().filter(j -> sees(caller, j))
        .sorted(Comparator.comparing((Job j) -> j.createdAt).reversed()).map(this::view).toList();
  }

  public JobView get(Caller caller, String id) {
    mayReport(caller);
    return view(job(caller, id));
  }

  /** Asks a running job to stop: it writes what it has read, marked incomplete. */
  public JobView cancel(Caller caller, String id) {
    mayReport(caller);
    Job job = job(caller, id);
    job.cancel = true;
    audit.append(caller.name(), AuditAction.REPORT_CANCELLED, object(id), null);
    return view(job);
  }

  /** One finished output of a job, by its file name as listed in {@link JobView#outputs()}. */
  public Path output(Caller caller, String id, String name) {
    mayReport(caller);
    Job job = job(caller, id);
    return outputs(job).stream().filter(name::equals).findFirst().map(n -> job.dir.resolve("out").resolve(n))
        .orElseThrow(() -> Refused.notFound("report " + id + " has no output \"" + name + "\""));
  }

  /** A drill-down page of a finished job ({@code details/norm-….html}, {@code details/school-….html}), by its file name. */
  public Path page(Caller caller, String id, String name) {
    mayReport(caller);
    Job job = job(caller, id);
    Path details = job.dir.resolve("out").resolve(DETAILS);
    if (name == null || !PAGE.matcher(name).matches() || !(job.state == State.DONE || job.state == State.CANCELLED)
        || !Files.isRegularFile(details.resolve(name))) {
      throw Refused.notFound("report " + id + " has no page \"" + name + "\"");
    }
    return details.resolve(name);
  }

  /** A job the caller may not see does not exist for it, as an application of another school does not. */
  private Job job(Caller caller, String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> sees(caller, j))
        .orElseThrow(() -> Refused.notFound("no report \"" + id + "\""));
  }

  /** A report holds findings on students of many schools: its starter and the roles given {@code seenBy} see it. */
  private boolean sees(Caller caller, Job job) {
    return caller.name().equals(job.startedBy) || properties.seenBy().stream().anyMatch(caller::is);
  }

  private static void mayReport(Caller caller) {
    if (!caller.is(Role.AUDITOR) && !caller.is(Role.REVIEWER)) {
      throw Refused.forbidden("reports are for auditors and reviewers");
    }
  }

  private JobView view(Job j) {
    Integer percent = j.state == State.DONE ? Integer.valueOf(100)
        : j.totalBytes > 0 ? Integer.valueOf((int) Math.min(99, j.bytesRead * 100 / j.totalBytes)) : null;
    return new JobView(j.id, j.input, j.asOf, j.startedBy, j.createdAt, j.state, j.records, j.bytesRead, j.totalBytes, percent,
        j.complete, j.error, j.state == State.DONE || j.state == State.CANCELLED ? outputs(j) : List.of(), j.startedAt,
        j.finishedAt, j.headline);
  }

  /** The outputs in place: hidden files are a run's work in progress. */
  private static List<String> outputs(Job job) {
    Path out = job.dir.resolve("out");
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (var files = Files.list(out)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String object(String id) {
    return "report:" + id;
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not remove {}", dir, e);
    }
  }

  @PreDestroy
  void stop() {
    jobs.values().forEach(j -> j.cancel = true);
    executor.shutdown();
  }
}
