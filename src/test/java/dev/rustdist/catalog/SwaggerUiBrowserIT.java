package dev.rustdist.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through Swagger UI, in a real headless Chromium against the packaged service:
 * open the crate list, try it out with the maturity filter, and read the experimental crates in the
 * rendered response. It needs Debian's chromium and chromium-driver, which CI installs; elsewhere
 * it is skipped, but never under CI.
 */
@QuarkusIntegrationTest
class SwaggerUiBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
    }
    assertTrue(installed, "CI must install chromium and chromium-driver");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,2000");
    // the console is where the browser reports what the Content-Security-Policy blocked
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService driver =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(driver, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void shouldTryTheMaturityFilterInSwaggerUi() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get("http://localhost:" + RestAssured.port + "/q/swagger-ui/");

    WebElement operation =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("operations-Crates-listCrates")));
    operation.findElement(By.cssSelector(".opblock-summary")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                operation.findElement(By.cssSelector(".try-out__btn"))))
        .click();

    WebElement maturity =
        wait.until(
            ExpectedConditions.visibilityOf(
                operation.findElement(By.cssSelector("tr[data-param-name='maturity'] select"))));
    new Select(maturity).selectByVisibleText("experimental");
    operation.findElement(By.cssSelector(".execute")).click();

    WebElement body =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "#operations-Crates-listCrates .live-responses-table .response-col_description"
                        + " .microlight")));
    wait.until(ExpectedConditions.textToBePresentInElement(body, "lunatic"));
    String shown = body.getText();
    assertTrue(shown.contains("\"maturity\": \"experimental\""), shown);
    assertFalse(shown.contains("\"tokio\""), shown);
    assertTrue(
        browser
            .findElement(By.cssSelector("#operations-Crates-listCrates .request-url"))
            .getText()
            .contains("maturity=experimental"));
    List<String> blocked =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> message.contains("Content Security Policy"))
            .toList();
    assertTrue(blocked.isEmpty(), "the Content-Security-Policy blocked " + blocked);
  }
}
