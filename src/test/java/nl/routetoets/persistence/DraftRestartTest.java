package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.routetoets.service.RouteToetsApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No lost work, on each database: a school uploads an application into the form (a draft, checked),
 * changes a field and adds a PDF on the page, and the service stops; after a restart the draft is in
 * the school's list, its page shows the changed field, the check and the attachment, and the PDF
 * downloads byte for byte. Every step through HTTP, as a browser posts the forms (multipart), each
 * answered 303 only after the draft is committed (docs/durability.md).
 */
class DraftRestartTest {
  private static final String PASSWORD = "a-long-test-password";
  private static final String BOUNDARY = "----routetoets-test-boundary";
  private final HttpClient http = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext start(String url, String user) {
    return SpringApplication.run(RouteToetsApplication.class, "--server.port=0", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--routetoets.admin.user=admin", "--routetoets.admin.password=" + PASSWORD,
        "--logging.config=classpath:logback.xml");
  }

  private HttpResponse<byte[]> send(ConfigurableApplicationContext ctx, String user, String method, String path, String contentType,
      byte[] body) throws Exception {
    String port = ctx.getEnvironment().getProperty("local.server.port");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Document page(ConfigurableApplicationContext ctx, String path) throws Exception {
    HttpResponse<byte[]> r = send(ctx, "school", "GET", path, null, null);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
  }

  /** A multipart/form-data body as a browser sends it: the fields, then the files (field name, file name, bytes). */
  private static byte[] multipart(List<String[]> fields, List<Object[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] f : fields) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    for (Object[] f : files) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"; filename=\"" + f[1]
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes((byte[]) f[2]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The fields of a form as the browser would send them, with some changed. */
  private static List<String[]> fields(Element form, Map<String, String> changes) {
    List<String[]> fields = new ArrayList<>();
    for (Element e : form.select("input[type=hidden], input[type=text], input[type=date], input[type=datetime-local], textarea, select,"
        + " input[type=checkbox][checked]")) {
      String name = e.attr("name");
      if (name.isEmpty() || name.equals("_csrf") || changes.containsKey(name)) {
        continue;
      }
      String value = e.is("select") ? (e.select("option[selected]").isEmpty() ? e.select("option").first().val()
          : e.select("option[selected]").val()) : e.is("textarea") ? e.text() : e.val();
      fields.add(new String[] {name, value});
    }
    changes.forEach((name, value) -> fields.add(new String[] {name, value}));
    return fields;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void aDraftWithItsCheckAndAttachmentSurvivesARestart(String vendor, @TempDir Path dir) throws Exception {
    String url = vendor.equals("h2") ? "jdbc:h2:file:" + dir.resolve("routetoets") : PostgresServer.shared().newDatabase("drafts");
    String user = vendor.equals("h2") ? "routetoets" : "postgres";
    byte[] application = Files.readAllBytes(Path.of("demo/aanvraag-2016-beroepsroute-drie-jaar-fout.json"));
    byte[] pdf = ("%PDF-1.4\n% een projectplan\n" + "x".repeat(5000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    String draft;
    try (ConfigurableApplicationContext ctx = start(url, user)) {
      assertThat(send(ctx, "admin", "POST", "/api/v1/accounts", "application/json",
          ("{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"04XU\"]}")
              .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);
      HttpResponse<byte[]> uploaded = send(ctx, "school", "POST", "/school/upload", "multipart/form-data; boundary=" + BOUNDARY,
          multipart(List.of(), List.<Object[]>of(new Object[] {"file", "aanvraag.json", application})));
      assertThat(uploaded.statusCode()).isEqualTo(303);
      draft = uploaded.headers().firstValue("Location").orElseThrow();
      assertThat(draft).matches("/school/check/drafts/\\d+");

      Element form = page(ctx, draft).selectFirst("#application-form");
      HttpResponse<byte[]> saved = send(ctx, "school", "POST", "/school/check", "multipart/form-data; boundary=" + BOUNDARY,
          multipart(fields(form, Map.of("action", "check", "routes[0].design.hours.workplacement", "612", "attachmentKind", "PROJECTPLAN")),
              List.<Object[]>of(new Object[] {"attachment", "projectplan.pdf", pdf})));
      assertThat(saved.statusCode()).isEqualTo(303);
      assertThat(saved.headers().firstValue("Location").orElseThrow()).isEqualTo(draft);
    }
    try (ConfigurableApplicationContext ctx = start(url, user)) {
      assertThat(page(ctx, "/school/drafts").select("a[href=" + draft + "]").text()).isEqualTo("APP-2016-0241");
      Document page = page(ctx, draft);
      assertThat(page.select("#f-routes-0-design-hours-workplacement").val()).isEqualTo("612");
      assertThat(page.select("#application-form input[name=revision]").val()).isEqualTo("2");
      assertThat(page.select("#outcome + p + .route-head .badge, #outcome ~ .route-head .badge").first().text()).isEqualTo("Voldoet niet");
      assertThat(page.select(".finding.VIOLATION").text()).contains("N-DUR-1");
      String link = page.select("#attachments tbody a").attr("href");
      assertThat(page.select("#attachments tbody tr").text()).contains("Projectplan").contains("projectplan.pdf");
      HttpResponse<byte[]> download = send(ctx, "school", "GET", link, null, null);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(pdf);
      assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    }
  }
}
