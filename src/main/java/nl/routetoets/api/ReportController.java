package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.routetoets.reportjob.ReportJobs;
import nl.routetoets.reportjob.ReportJobs.JobView;
import nl.routetoets.security.Caller;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Compliance reports as asynchronous jobs (AUDITOR, REVIEWER): start with an upload, poll, fetch the outputs. */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('AUDITOR', 'REVIEWER')")
class ReportController {
  private final ReportJobs jobs;

  ReportController(ReportJobs jobs) {
    this.jobs = jobs;
  }

  @Operation(summary = "Start a report on an uploaded file (multipart field \"file\"): trajectories as JSON Lines (.jsonl), "
      + "a document or bundle (.json), or a BRON-style register (.csv, needs asOf); optional field \"applications\" (.jsonl)",
      description = "Answers 202 with the job; poll its Location. 409 when too many reports are running or waiting.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<JobView> start(
      Authentication auth, @RequestParam("file") MultipartFile file,
      @Parameter(description = "The peildatum for every record; else each document's own") @RequestParam(required = false) LocalDate asOf,
      @Parameter(description = "Applications as JSON Lines, for route.ref and a register's aanvraag_id/route_id")
      @RequestParam(value = "applications", required = false) MultipartFile applications)
      throws IOException {
    try (InputStream in = file.getInputStream(); InputStream apps = applications == null ? null : applications.getInputStream()) {
      JobView job = jobs.start(Caller.of(auth), new ReportJobs.Upload(file.getOriginalFilename(), in),
          apps == null ? null : new ReportJobs.Upload(applications.getOriginalFilename(), apps), asOf);
      return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + job.id())).body(job);
    }
  }

  @Operation(summary = "All report jobs, newest first")
  @GetMapping
  List<JobView> list(Authentication auth) {
    return jobs.list(Caller.of(auth));
  }

  @Operation(summary = "A job: state, records checked, bytes read of the total, and the outputs once finished")
  @GetMapping("/{id}")
  JobView get(Authentication auth, @PathVariable String id) {
    return jobs.get(Caller.of(auth), id);
  }

  @Operation(summary = "Stop a running job: the records read so far are written, marked incomplete")
  @PostMapping("/{id}/cancel")
  JobView cancel(Authentication auth, @PathVariable String id) {
    return jobs.cancel(Caller.of(auth), id);
  }

  @Operation(summary = "One output of a finished job: results.jsonl, findings.csv, summary.json, report.html, report.en.html or report.pdf")
  @GetMapping(path = "/{id}/outputs/{name}", produces = MediaType.ALL_VALUE)
  ResponseEntity<Resource> output(Authentication auth, @PathVariable String id, @PathVariable String name) {
    Path file = jobs.output(Caller.of(auth), id, name);
    return ResponseEntity.ok()
        .contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }
}
