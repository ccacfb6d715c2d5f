package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.routetoets.document.Json;
import nl.routetoets.generate.Generator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** Report jobs through the API and the pages: started with an upload, polled, their outputs fetched; only for auditors and reviewers. */
class ReportJobsTest extends PageTest {
  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  private static MockMultipartFile demoStream() throws Exception {
    return file("trajecten.jsonl", Files.readAllBytes(Path.of("demo", "trajecten.jsonl")));
  }

  private JsonNode json(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return Json.MAPPER.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  /** Polls the job until it has finished, as a client would. */
  private JsonNode finished(String id, String user) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode job = json(get("/api/v1/reports/{id}", id).with(as(user)));
    while (Instant.now().isBefore(until) && (job.path("state").asString().equals("QUEUED") || job.path("state").asString().equals("RUNNING"))) {
      Thread.sleep(100);
      job = json(get("/api/v1/reports/{id}", id).with(as(user)));
    }
    return job;
  }

  @Test
  void anAuditorStartsAReportPollsItAndFetchesItsOutputs() throws Exception {
    JsonNode started = json(multipart("/api/v1/reports").file(demoStream()).with(as("web-auditor")));
    String id = started.path("id").asString();
    assertThat(started.path("input").asString()).isEqualTo("trajecten.jsonl");
    JsonNode done = finished(id, "web-auditor");
    assertThat(done.path("state").asString()).isEqualTo("DONE");
    assertThat(done.path("percent").asInt()).isEqualTo(100);
    // nine lines, one deliberately unreadable: still nine records, the bad one as an error result
    assertThat(done.path("records").asLong()).isEqualTo(9);
    assertThat(done.path("outputs").toString()).contains("report.html", "summary.json", "findings.csv", "results.jsonl");
    String results = mvc.perform(get("/api/v1/reports/{id}/outputs/results.jsonl", id).with(as("web-auditor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(results.lines()).hasSize(9);
    mvc.perform(get("/api/v1/reports/{id}/outputs/{name}", id, "..%2F..%2Fpom.xml").with(as("web-auditor")))
        .andExpect(status().is4xxClientError());
    mvc.perform(get("/api/v1/reports").with(as("web-auditor"))).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
  }

  /** A report names students of many schools: its starter and the auditors see it, another reviewer does not. */
  @Test
  void aJobIsSeenByItsStarterAndTheAuditorsOnly() throws Exception {
    String auditors = json(multipart("/api/v1/reports").file(demoStream()).with(as("web-auditor"))).path("id").asString();
    finished(auditors, "web-auditor");
    for (String path : List.of("/api/v1/reports/{id}", "/api/v1/reports/{id}/outputs/results.jsonl", "/reports/{id}")) {
      mvc.perform(get(path, auditors).with(as("web-reviewer"))).andExpect(status().isNotFound());
    }
    mvc.perform(post("/api/v1/reports/{id}/cancel", auditors).with(as("web-reviewer"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/reports").with(as("web-reviewer"))).andExpect(jsonPath("$[?(@.id == '" + auditors + "')]").isEmpty());

    String reviewers = json(multipart("/api/v1/reports").file(demoStream()).with(as("web-reviewer"))).path("id").asString();
    assertThat(finished(reviewers, "web-reviewer").path("state").asString()).isEqualTo("DONE");
    mvc.perform(get("/api/v1/reports/{id}/outputs/results.jsonl", reviewers).with(as("web-auditor"))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/reports").with(as("web-auditor")))
        .andExpect(jsonPath("$[?(@.id == '" + reviewers + "')]").isNotEmpty())
        .andExpect(jsonPath("$[?(@.id == '" + auditors + "')]").isNotEmpty());
  }

  @Test
  void aRegisterIsCheckedAgainstTheApplicationsUploadedWithIt() throws Exception {
    Generator generator = Generator.create(new Generator.Options(40, 5, 11, Generator.Options.defaultShares()), Path.of("rules", "reference"));
    StringWriter register = new StringWriter();
    StringWriter applications = new StringWriter();
    generator.writeRegister(register);
    generator.writeApplications(applications);
    MockMultipartFile csv = file("bron.csv", register.toString().getBytes(StandardCharsets.UTF_8));
    MockMultipartFile apps = new MockMultipartFile("applications", "bron-aanvragen.jsonl", "application/octet-stream",
        applications.toString().getBytes(StandardCharsets.UTF_8));

    String withApps = json(multipart("/api/v1/reports").file(csv).file(apps).param("asOf", "2020-10-01").with(as("web-auditor")))
        .path("id").asString();
    String without = json(multipart("/api/v1/reports").file(csv).param("asOf", "2020-10-01").with(as("web-auditor")))
        .path("id").asString();
    assertThat(finished(withApps, "web-auditor").path("state").asString()).isEqualTo("DONE");
    assertThat(finished(without, "web-auditor").path("state").asString()).isEqualTo("DONE");

    // without the applications no route can be found, so every student is unreadable; with them the routes resolve
    assertThat(verdicts(without)).containsOnly("INVALID");
    assertThat(verdicts(withApps)).contains("COMPLIANT").doesNotContain("INVALID");

    mvc.perform(multipart("/api/v1/reports").file(csv).file(new MockMultipartFile("applications", "aanvragen.csv", "text/csv", new byte[] {1}))
            .param("asOf", "2020-10-01").with(as("web-auditor")))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("applications"));
  }

  private java.util.Set<String> verdicts(String id) throws Exception {
    String results = mvc.perform(get("/api/v1/reports/{id}/outputs/results.jsonl", id).with(as("web-auditor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    java.util.Set<String> verdicts = new java.util.TreeSet<>();
    for (String line : results.lines().toList()) {
      verdicts.add(Json.MAPPER.readTree(line).path("verdict").asString());
    }
    return verdicts;
  }

  private void cancel(String id) throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reports/{id}/cancel", id)
        .with(as("web-auditor"))).andExpect(status().isOk());
  }

  private String start(MockMultipartFile file) throws Exception {
    return json(multipart("/api/v1/reports").file(file).with(as("web-auditor"))).path("id").asString();
  }

  @Test
  void aStoppedRunIsMarkedIncompleteAndAtMostOneRunsWhileFourWait() throws Exception {
    String line = Files.readAllLines(Path.of("demo", "trajecten.jsonl")).get(0) + "\n";
    MockMultipartFile big = file("groot.jsonl", line.repeat(50_000).getBytes(StandardCharsets.UTF_8));
    String stopped = start(big);
    cancel(stopped);
    JsonNode job = finished(stopped, "web-auditor");
    assertThat(job.path("state").asString()).isEqualTo("CANCELLED");
    assertThat(job.path("complete").asBoolean()).isFalse();
    assertThat(job.path("records").asLong()).isLessThan(50_000);
    assertThat(job.path("outputs").toString()).contains("summary.json");

    // one long run holds the executor: four more wait, the rest are refused
    java.util.List<String> started = new java.util.ArrayList<>(java.util.List.of(start(big)));
    int refused = 0;
    for (int i = 0; i < 6; i++) {
      var response = mvc.perform(multipart("/api/v1/reports").file(demoStream()).with(as("web-auditor"))).andReturn().getResponse();
      if (response.getStatus() == 202) {
        started.add(Json.MAPPER.readTree(response.getContentAsString()).path("id").asString());
      } else {
        assertThat(response.getStatus()).isEqualTo(409);
        refused++;
      }
    }
    assertThat(started).hasSize(5);
    assertThat(refused).isEqualTo(2);
    for (String id : started) {
      cancel(id);
    }
    for (String id : started) {
      assertThat(finished(id, "web-auditor").path("state").asString()).isIn("CANCELLED", "DONE");
    }
  }

  @Test
  void badUploadsAreRefusedNamingTheField() throws Exception {
    mvc.perform(multipart("/api/v1/reports").file(file("notities.txt", new byte[] {1})).with(as("web-auditor")))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("file"));
    mvc.perform(multipart("/api/v1/reports").file(file("bron.csv", "a,b\n".getBytes(StandardCharsets.UTF_8))).with(as("web-auditor")))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("asOf"));
  }

  @Test
  void schoolsMakeNoReports() throws Exception {
    mvc.perform(multipart("/api/v1/reports").file(demoStream()).with(as("web-citadel"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/reports").with(as("web-citadel"))).andExpect(status().isForbidden());
    mvc.perform(get("/reports").with(as("web-citadel"))).andExpect(status().isForbidden());
  }

  @Test
  void theReportPagesUploadShowProgressAndOpenTheReport() throws Exception {
    String location = mvc.perform(multipart("/reports").file(demoStream()).with(as("web-auditor")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String id = location.substring("/reports/".length());
    finished(id, "web-auditor");
    Document job = page(get(location).with(as("web-auditor")));
    assertThat(job.select("meta[http-equiv=refresh], script")).isEmpty();
    assertThat(job.select("progress").attr("value")).isEqualTo("100");
    assertThat(job.select("a[href=/reports/" + id + "/outputs/report.html]")).isNotEmpty();
    var report = mvc.perform(get("/reports/{id}/outputs/report.html", id).with(as("web-auditor"))).andExpect(status().isOk())
        .andReturn().getResponse();
    assertThat(report.getHeader("Content-Disposition")).startsWith("inline");
    assertThat(report.getHeader("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(report.getContentAsString(StandardCharsets.UTF_8)).contains("<html");

    Document refused = page(multipart("/reports").file(file("bron.csv", "a\n".getBytes(StandardCharsets.UTF_8)))
        .with(as("web-auditor")).with(csrf()));
    assertThat(refused.select(".field.has-error #asOf")).hasSize(1);
  }

  /** The job page tells when the report started and ended, in Dutch time and words, and its headline; never a server folder. */
  @Test
  void theJobPageShowsItsTimesInDutchTimeAndTheHeadlineAndNoServerPath() throws Exception {
    String location = mvc.perform(multipart("/reports").file(demoStream()).with(as("web-auditor")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String id = location.substring("/reports/".length());
    JsonNode done = finished(id, "web-auditor");
    Instant started = Instant.parse(done.path("startedAt").asString());
    Instant ended = Instant.parse(done.path("finishedAt").asString());
    assertThat(ended).isAfterOrEqualTo(started);
    Document job = page(get(location).with(as("web-auditor")));
    java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss",
        java.util.Locale.forLanguageTag("nl-NL"));
    java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
    assertThat(job.select("#started").text()).isEqualTo(started.atZone(amsterdam).format(dutch));
    assertThat(job.select("#finished").text()).isEqualTo(ended.atZone(amsterdam).format(dutch));
    // the headline as the report has it: the readable trajectories of summary.json and the non-compliant among them
    JsonNode verdicts = Json.MAPPER.readTree(mvc.perform(get("/reports/{id}/outputs/summary.json", id).with(as("web-auditor")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("verdicts").path("trajectory");
    long students = verdicts.path("COMPLIANT").asLong() + verdicts.path("NEEDS_REVIEW").asLong() + verdicts.path("NON_COMPLIANT").asLong();
    assertThat(job.select("#headline").text()).startsWith("Van de " + students + " leesbare leerlingtrajecten voldoen er "
        + verdicts.path("NON_COMPLIANT").asLong() + " niet (");
    assertThat(job.text()).doesNotContain("report-jobs", "target/", id + "/");
    assertThat(job.select("a[href=/reports/" + id + "/outputs/report.pdf]")).isNotEmpty();
    assertThat(job.select("a[href=/reports/" + id + "/outputs/findings.csv]")).isNotEmpty();
    assertThat(job.select("li a").eachText()).doesNotContain("details");

    // a run that fails names the file, not where the service keeps it
    String failed = mvc.perform(multipart("/reports").file(file("bron.csv", "geen,kolommen\n1,2\n".getBytes(StandardCharsets.UTF_8)))
            .param("asOf", "2020-10-01").with(as("web-auditor")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    JsonNode bad = finished(failed.substring("/reports/".length()), "web-auditor");
    assertThat(bad.path("state").asString()).isEqualTo("FAILED");
    assertThat(bad.path("error").asString()).contains("bron.csv").doesNotContain("report-jobs");
    assertThat(page(get(failed).with(as("web-auditor"))).text()).contains("bron.csv").doesNotContain("report-jobs", "/input/");
  }

  /** The pages beside the report (norm → schools → students) are served at the addresses its links give, and nothing else. */
  @Test
  void theDrillDownPagesAreServedBesideTheReport() throws Exception {
    String id = json(multipart("/api/v1/reports").file(demoStream()).with(as("web-auditor"))).path("id").asString();
    finished(id, "web-auditor");
    String html = mvc.perform(get("/reports/{id}/outputs/report.html", id).with(as("web-auditor"))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    String norm = org.jsoup.Jsoup.parse(html).select("#normen-overtreden tbody th a, #normen-beoordelen tbody th a").first().attr("href");
    assertThat(norm).startsWith("details/norm-");
    var page = mvc.perform(get("/reports/{id}/outputs/" + norm, id).with(as("web-auditor"))).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>Norm ");
    mvc.perform(get("/reports/{id}/outputs/" + norm.replace(".html", ".en.html"), id).with(as("web-auditor"))).andExpect(status().isOk());
    mvc.perform(get("/reports/{id}/outputs/details/norm-N-GEEN-1.html", id).with(as("web-auditor"))).andExpect(status().isNotFound());
    mvc.perform(get("/reports/{id}/outputs/details/summary.json", id).with(as("web-auditor"))).andExpect(status().isNotFound());
    mvc.perform(get("/reports/{id}/outputs/details", id).with(as("web-auditor"))).andExpect(status().isNotFound());
    // a reviewer who did not start it does not see it (the auditors do)
    mvc.perform(get("/reports/{id}/outputs/" + norm, id).with(as("web-reviewer"))).andExpect(status().isNotFound());
    var pdf = mvc.perform(get("/reports/{id}/outputs/report.pdf", id).with(as("web-auditor"))).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
