package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named by path, so that Selenium
 * Manager never looks for (or downloads) a browser or a driver. Every page the tests visit is saved
 * as a screenshot under {@code target/screenshots/} and checked with axe-core.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 860;
  /** WCAG 2.1 A and AA; serious and critical violations fail a test. */
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /** What Thymeleaf writes for a message key that has no text in the page's language. */
  static final String MISSING_MESSAGE = "\\?\\?[A-Za-z0-9._-]+_(nl|en)\\?\\?";

  final ChromeDriver driver;
  private final Path profile;
  private int shots;

  Browser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: run .ci/install-browser");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("routetoets-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // as root, without a display, on a closed network: no sandbox, no GPU, nothing that phones home
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=nl-NL",
        "--hide-scrollbars", "--force-device-scale-factor=1");
    // the console, to notice anything the Content-Security-Policy blocked
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.list(SCREENSHOTS)) {
      for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
        Files.delete(png);
      }
    }
  }

  /** The page the browser is on, saved and checked, named after its address ({@code /school/check} → {@code school-check}). */
  Path visited() throws IOException {
    String path = java.net.URI.create(driver.getCurrentUrl()).getPath().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return page(path.isEmpty() ? "start" : path.substring(0, Math.min(path.length(), 60)));
  }

  /** Saves the whole page as {@code NN-name.png} and fails on any serious or critical accessibility violation. */
  Path page(String name) throws IOException {
    assertThat(driver.getPageSource()).as("a message key without a text on %s", name).doesNotContainPattern(MISSING_MESSAGE);
    assertThat(blockedByPolicy()).as("blocked by the Content-Security-Policy on %s", name).isEmpty();
    Path file = shot(name);
    accessible(name);
    return file;
  }

  /** Saves the whole page as {@code NN-name.png}, for pages that are not ours to check (the report package's HTML). */
  Path shot(String name) throws IOException {
    Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
    long height = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height, HEIGHT), 6000)));
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    return file;
  }

  /**
   * A screenshot of one window's height from the element on, for the README
   * ({@code target/screenshots/readme-NAME.png}, copied to {@code docs/screenshots/} by hand).
   */
  void view(String name, String css) throws IOException {
    WebElement element = driver.findElement(By.cssSelector(css));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -16);", element);
    Files.write(SCREENSHOTS.resolve("readme-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
  }

  /** What the browser's console says the Content-Security-Policy refused since the last look. */
  List<String> blockedByPolicy() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
  }

  private void accessible(String name) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> serious = results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
    assertThat(serious).as("accessibility of %s (%s): %s", name, driver.getCurrentUrl(), serious.stream()
        .map(r -> r.getId() + " " + r.getImpact() + ": " + r.getHelp() + " at " + r.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "))).isEmpty();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
