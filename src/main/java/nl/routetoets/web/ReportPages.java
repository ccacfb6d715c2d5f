package nl.routetoets.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.routetoets.model.InputError;
import nl.routetoets.reportjob.ReportJobs;
import nl.routetoets.reportjob.ReportJobs.JobView;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reports for auditors and reviewers: upload a trajectory stream or a register, watch the job's
 * progress, open the HTML report and download the other outputs. Without JavaScript the progress
 * page has a link to look again; with it, a small script polls the job and shows the outputs when
 * it is done (no timed refresh of the whole page, which WCAG 2.2.1 rules out).
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('AUDITOR', 'REVIEWER')")
class ReportPages {
  private final ReportJobs jobs;

  ReportPages(ReportJobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping
  String list(Authentication auth, Model model) {
    model.addAttribute("jobs", jobs.list(Caller.of(auth)));
    model.addAttribute("errors", Map.of());
    return "reports/list";
  }

  @PostMapping
  String start(Authentication auth, @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "applications", required = false) MultipartFile applications,
      @RequestParam(required = false) String asOf, Model model) throws IOException {
    Caller caller = Caller.of(auth);
    try {
      LocalDate date = peildatum(asOf);
      if (file == null || file.isEmpty()) {
        throw Refused.invalid("file", "choose a .jsonl, .json or .csv file");
      }
      JobView job;
      boolean withApplications = applications != null && !applications.isEmpty();
      try (InputStream in = file.getInputStream(); InputStream apps = withApplications ? applications.getInputStream() : null) {
        job = jobs.start(caller, new ReportJobs.Upload(file.getOriginalFilename(), in),
            withApplications ? new ReportJobs.Upload(applications.getOriginalFilename(), apps) : null, date);
      }
      return "redirect:/reports/" + job.id();
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.FORBIDDEN) {
        throw e;
      }
      Map<String, String> errors = new java.util.LinkedHashMap<>();
      e.errors().forEach(err -> errors.putIfAbsent(err.path(), err.problem()));
      if (errors.isEmpty()) {
        errors.put("", e.getMessage());
      }
      model.addAttribute("jobs", jobs.list(caller));
      model.addAttribute("errors", errors);
      model.addAttribute("asOf", asOf);
      return "reports/list";
    }
  }

  private static LocalDate peildatum(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw Refused.invalid("the peildatum is not a date", java.util.List.of(
          new InputError(null, null, "asOf", "\"" + asOf + "\" is not a date (YYYY-MM-DD)")));
    }
  }

  @GetMapping("/{id}")
  String job(Authentication auth, @PathVariable String id, Model model, java.util.Locale locale) {
    JobView job = jobs.get(Caller.of(auth), id);
    model.addAttribute("job", job);
    model.addAttribute("startedAt", readable(job.startedAt(), locale));
    model.addAttribute("finishedAt", readable(job.finishedAt(), locale));
    model.addAttribute("createdAt", readable(job.createdAt(), locale));
    model.addAttribute("headline", headline(job.headline(), locale));
    boolean running = job.state() == ReportJobs.State.QUEUED || job.state() == ReportJobs.State.RUNNING;
    model.addAttribute("running", running);
    return "reports/job";
  }

  /** Dutch time, written out: "7 december 2026 om 14:05:09" (or "7 December 2026 at 14:05:09"). */
  static String readable(java.time.Instant at, java.util.Locale locale) {
    if (at == null) {
      return null;
    }
    boolean english = "en".equals(locale.getLanguage());
    java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(
        english ? "d MMMM yyyy 'at' HH:mm:ss" : "d MMMM yyyy 'om' HH:mm:ss", english ? java.util.Locale.UK : DUTCH);
    return at.atZone(DUTCH_TIME).format(format);
  }

  /** The headline's figures as the page shows them: counts with the language's digit grouping, the rate with one decimal. */
  static Map<String, String> headline(ReportJobs.Result h, java.util.Locale locale) {
    if (h == null || h.students() < 0) {
      return null;
    }
    java.util.Locale l = "en".equals(locale.getLanguage()) ? java.util.Locale.UK : DUTCH;
    java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance(l);
    long perMille = h.nonCompliantPerMille();
    String rate = perMille < 0 ? "–" : (perMille / 10) + (l == DUTCH ? "," : ".") + (perMille % 10) + (l == DUTCH ? " %" : "%");
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("students", n.format(h.students()));
    m.put("nonCompliant", h.nonCompliant() < 0 ? "<5" : n.format(h.nonCompliant()));
    m.put("rate", rate);
    m.put("review", h.review() < 0 ? "<5" : n.format(h.review()));
    m.put("compliant", h.compliant() < 0 ? "<5" : n.format(h.compliant()));
    m.put("invalid", n.format(h.invalid()));
    m.put("routes", n.format(Math.max(0, h.routes())));
    m.put("applications", n.format(Math.max(0, h.applications())));
    return m;
  }

  private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");
  private static final java.time.ZoneId DUTCH_TIME = java.time.ZoneId.of("Europe/Amsterdam");

  @PostMapping("/{id}/cancel")
  String cancel(Authentication auth, @PathVariable String id) {
    jobs.cancel(Caller.of(auth), id);
    return "redirect:/reports/" + id;
  }

  /**
   * The HTML report opens in the browser; the data files download. The report holds data from the
   * uploaded file, so it may run no script and load nothing.
   */
  @GetMapping("/{id}/outputs/{name}")
  ResponseEntity<Resource> output(Authentication auth, @PathVariable String id, @PathVariable String name) {
    return serve(jobs.output(Caller.of(auth), id, name), name);
  }

  /** A drill-down page beside the report (norm → schools → students), at the address its links give it. */
  @GetMapping("/{id}/outputs/details/{name}")
  ResponseEntity<Resource> page(Authentication auth, @PathVariable String id, @PathVariable String name) {
    return serve(jobs.page(Caller.of(auth), id, name), name);
  }

  private static ResponseEntity<Resource> serve(Path file, String name) {
    boolean inline = name.endsWith(".html") || name.endsWith(".pdf");
    ContentDisposition disposition = inline ? ContentDisposition.inline().filename(name).build()
        : ContentDisposition.attachment().filename(name).build();
    return ResponseEntity.ok()
        .contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .body(new FileSystemResource(file));
  }
}
