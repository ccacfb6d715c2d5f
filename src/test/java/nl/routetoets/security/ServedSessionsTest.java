package nl.routetoets.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.service.RouteToetsApplication;
import org.apache.catalina.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The service on a real Tomcat on a random port, for what only the container shows: how many sessions
 * it holds after a flood of anonymous requests, the session limit answered without a 500, the cookie
 * attributes (Secure only over TLS, here as told by a trusted proxy), and Location headers that never
 * name the Host header.
 */
@SpringBootTest(classes = {RouteToetsApplication.class, ServedSessionsTest.Container.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:served-sessions;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + ServedSessionsTest.PASSWORD,
    "routetoets.sessions.max=3",
    // as behind a proxy: X-Forwarded-* from a trusted address (127.0.0.1 is one) count
    "server.forward-headers-strategy=native",
    // 20,000 access-log lines would slow the flood down to the speed of the console
    "logging.level.nl.routetoets.access=WARN",
    "logging.config=classpath:logback.xml"})
class ServedSessionsTest {
  static final String PASSWORD = "a-long-test-password";
  private static final Logger log = LoggerFactory.getLogger(ServedSessionsTest.class);
  private static final int FLOOD = 20_000;

  /** Hands the test Tomcat's context, whose session manager counts the sessions held. */
  @TestConfiguration
  static class Container {
    static volatile Context context;

    @Bean
    TomcatContextCustomizer captureContext() {
      return c -> context = c;
    }
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void accounts() {
    for (String name : List.of("served-a", "served-b", "served-c", "served-d")) {
      if (accounts.all().stream().noneMatch(a -> a.username().equals(name))) {
        accounts.create("test", new Accounts.NewAccount(name, PASSWORD, Role.SCHOOL, List.of("30AU")));
      }
    }
  }

  private int sessionsHeld() {
    return Container.context.getManager().getActiveSessions();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Test
  void aFloodOfAnonymousRequestsLeavesNoSessionsAndChecksStillAnswer() throws Exception {
    List<String> paths = List.of("/", "/login", "/?lang=en", "/norms", "/norms/N-DUR-1", "/school", "/css/routetoets.css", "/nope",
        "/api/v1/me");
    int before = sessionsHeld();
    long heapBefore = heapAfterGc();
    int[] statuses = new int[6];
    for (int i = 0; i < FLOOD; i++) {
      HttpResponse<Void> r = http.send(request(paths.get(i % paths.size())).header("Accept", "text/html").build(),
          HttpResponse.BodyHandlers.discarding());
      statuses[r.statusCode() / 100]++;
    }
    long heapAfter = heapAfterGc();
    int after = sessionsHeld();
    log.info("{} anonymous GETs from one client: sessions held {} before, {} after; heap used after GC {} MB before, {} MB after;"
            + " answers 2xx {}, 3xx {}, 4xx {}, 5xx {}", FLOOD, before, after, heapBefore >> 20, heapAfter >> 20,
        statuses[2], statuses[3], statuses[4], statuses[5]);
    assertThat(after).isEqualTo(before);
    assertThat(statuses[5]).isZero();
    String basic = "Basic " + Base64.getEncoder().encodeToString(("served-a:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> check = send(request("/api/v1/checks").header("Authorization", basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("demo/aanvraag-2016-vmr2-zorg-en-welzijn.json")))));
    assertThat(check.statusCode()).isEqualTo(200);
  }

  /** Signs in with the login form as a browser does; the response of the login POST. */
  private HttpResponse<String> signIn(String user, String... headers) throws Exception {
    HttpResponse<String> form = send(request("/login"));
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(token.find()).isTrue();
    String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("routetoets-csrf=")).findFirst().orElseThrow()
        .split(";")[0];
    String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      post.header(headers[i], headers[i + 1]);
    }
    return send(post);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
  }

  private void signOut(HttpResponse<String> signedIn) throws Exception {
    String session = sessionCookie(signedIn).split(";")[0];
    HttpResponse<String> page = send(request("/school").header("Cookie", session));
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    send(request("/logout").header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyOverTls() throws Exception {
    HttpResponse<String> plain = signIn("served-a");
    assertThat(plain.statusCode()).isEqualTo(302);
    assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    HttpResponse<String> tls = signIn("served-b", "X-Forwarded-Proto", "https");
    assertThat(sessionCookie(tls)).contains("HttpOnly", "SameSite=Lax", "Secure");
    signOut(plain);
    signOut(tls);
  }

  @Test
  void beyondTheSessionLimitASignInIsAskedToWaitNotAnsweredWithA500() throws Exception {
    List<HttpResponse<String>> signedIn = new ArrayList<>();
    for (String user : List.of("served-a", "served-b", "served-c")) {
      signedIn.add(signIn(user));
      assertThat(signedIn.get(signedIn.size() - 1).statusCode()).isEqualTo(302);
    }
    assertThat(sessionsHeld()).isEqualTo(3);
    HttpResponse<String> refused = signIn("served-d");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Er melden zich nu te veel mensen tegelijk aan");
    // those signed in carry on; once one signs out there is room again
    assertThat(send(request("/school").header("Cookie", sessionCookie(signedIn.get(0)).split(";")[0])).statusCode()).isEqualTo(200);
    signOut(signedIn.get(0));
    HttpResponse<String> now = signIn("served-d");
    assertThat(now.statusCode()).isEqualTo(302);
    signOut(now);
    signOut(signedIn.get(1));
    signOut(signedIn.get(2));
  }

  /** A raw request, since HTTP clients will not send a Host header of one's choosing. */
  private String location(String path, String... headers) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n");
      for (String h : headers) {
        request.append(h).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.regionMatches(true, 0, "Location:", 0, 9)) {
          return line.substring(9).strip();
        }
      }
      return null;
    }
  }

  @Test
  void aForgedHostHeaderNeverEndsUpInALocationHeader() throws Exception {
    assertThat(location("/school")).isEqualTo("/login");
    assertThat(location("/school", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https")).isEqualTo("/login");
    assertThat(location("/norms?lang=en")).isEqualTo("/login");
  }
}
