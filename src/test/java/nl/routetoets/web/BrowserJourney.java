package nl.routetoets.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey does: sign in, open a page, follow a link or a button and wait for the next
 * page, type. A journey class extends this with its own {@code @SpringBootTest} (its own in-memory
 * database) and creates {@link #browser} in its {@code @BeforeAll}; every page reached through
 * {@link #open} or {@link #go} is saved as a screenshot and checked with axe-core.
 */
abstract class BrowserJourney {
  static final String PASSWORD = "a-long-test-password";

  @LocalServerPort protected int port;
  protected Browser browser;

  @AfterAll
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  protected List<WebElement> all(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  /** Signs in afresh: a test that failed half-way may have left a session. */
  protected void signIn(String user, String password) throws Exception {
    browser.driver.manage().deleteAllCookies();
    open("/");
    find("#username").sendKeys(user);
    find("#password").sendKeys(password);
    go(find("form[action='/login'] button[type=submit]"));
  }

  protected void signOut() throws Exception {
    go(find("form[action='/logout'] button"));
  }

  /** Opens a page by its address; like every page the tests reach, it is saved and checked. */
  protected void open(String path) throws Exception {
    browser.driver.get(url(path));
    browser.visited();
  }

  /** Clicks what leads to another of our pages, waits for it, saves it and checks it. */
  protected void go(WebElement target) throws Exception {
    leave(target);
    browser.visited();
  }

  /** Clicks what leads to another page and waits until the browser has left this one. */
  protected void leave(WebElement target) {
    WebElement page = find("html");
    target.click();
    // mid-navigation chromedriver may answer with an error about the old node: ask again until it is gone
    new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(page));
  }

  protected void type(String css, String value) {
    WebElement input = find(css);
    input.clear();
    input.sendKeys(value);
  }

  protected HttpResponse<String> post(HttpClient http, String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
