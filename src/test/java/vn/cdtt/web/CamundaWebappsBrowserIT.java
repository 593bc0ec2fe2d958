package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * Officials of the demo organisation in a real browser: the webapps reached through the product's login page (single
 * sign-on), the Tasklist filters each official gets, who may open Cockpit, and the product's village import page
 * behind its form login.
 */
@ProductTest
class CamundaWebappsBrowserIT {

    /** One entry per filter in Tasklist's left column; its link holds the name and a task counter. */
    private static final By TASKLIST_FILTER_NAMES = By.cssSelector(".task-filters .task-filter h4.name a");
    /** The "Deployed" section of Cockpit's dashboard and its process-definition count. */
    private static final By COCKPIT_PROCESS_DEFINITIONS =
            By.cssSelector(".dashboard section.deployed .stats-section.processes");

    private static final String UNIT_FILTER = "Việc của đơn vị tôi";
    private static final String AGENCY_FILTER = "Việc của phòng/sở";
    private static final String MINE_FILTER = "Việc tôi đang nhận";
    private static final String OVERDUE_FILTER = "Quá hạn";

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    private Browser browser;
    private CamundaWebapp camunda;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        camunda = new CamundaWebapp(browser, port);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void digitalDepartmentOfficialSeesTheDepartmentsFiltersButNotCockpit() {
        logIntoCamunda("tasklist", DemoAccounts.DIGITAL_DEPT);

        assertThat(tasklistFilterNames())
                .contains(AGENCY_FILTER, MINE_FILTER, OVERDUE_FILTER)
                .as("hg-stttt acts for no administrative unit")
                .doesNotContain(UNIT_FILTER);

        // Same browser, same session: Cockpit is not among the official's authorised applications.
        // Camunda's webapp security filter answers the Cockpit page with 403, rendered by the product's
        // Vietnamese error page.
        driver.get(url("/camunda/app/cockpit/default/"));
        String shown = await("Cockpit to show its dashboard, its login form or an access-denied page",
                d -> cockpitState());
        awaitAngularStableIfPresent();
        assertThat(cockpitState()).as("what Cockpit shows hg-stttt").isEqualTo(shown).isEqualTo("denied");
        assertThat(pageText()).as("the product's Vietnamese 403 page").contains("Không có quyền truy cập");
        assertThat(driver.findElements(COCKPIT_PROCESS_DEFINITIONS)).as("Cockpit's dashboard").isEmpty();
    }

    @Test
    void leaderSeesTheCockpitDashboard() {
        logIntoCamunda("cockpit", DemoAccounts.LEADER);

        WebElement processDefinitions = await("Cockpit's dashboard with its process definitions",
                ExpectedConditions.visibilityOfElementLocated(COCKPIT_PROCESS_DEFINITIONS));
        assertThat(processDefinitions.findElement(By.cssSelector(".stats-label")).getText())
                .isEqualTo("Định nghĩa quy trình");
        assertThat(driver.getCurrentUrl()).endsWith("#/dashboard");
        assertThat(driver.findElements(CamundaWebapp.LOGIN_FORM)).isEmpty();
    }

    @Test
    void communeOfficialSeesTheUnitFilter() {
        logIntoCamunda("tasklist", DemoAccounts.COMMUNE_A);

        assertThat(tasklistFilterNames()).contains(UNIT_FILTER, AGENCY_FILTER, MINE_FILTER, OVERDUE_FILTER);
        // The filters are read-only to the official: no edit control, no "create filter" link.
        assertThat(driver.findElements(By.cssSelector(".task-filter .actions a"))).allSatisfy(
                edit -> assertThat(edit.isDisplayed()).isFalse());
        assertThat(driver.findElements(By.cssSelector("[ng-if=userCanCreateFilter]"))).isEmpty();
    }

    @Test
    void communeOfficialImportsVillagesThroughTheProductsPage() throws IOException {
        camunda.logInAt("/villages/import", DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);
        await("the import page after logging in", ExpectedConditions.presenceOfElementLocated(By.id("file")));

        uploadVillages(csv("villages-ok.csv", "IT-01,Ấp Thử Nghiệm," + DemoAccounts.COMMUNE_A_CODE + ",120"));
        WebElement result = await("the import result", ExpectedConditions.visibilityOfElementLocated(
                By.id("import-result")));
        Matcher counts = Pattern.compile("Đã nhập xong: (\\d+) thôn mới, (\\d+) thôn được cập nhật\\.")
                .matcher(result.getText());
        assertThat(counts.matches()).as("import result %s", result.getText()).isTrue();
        // New, or updated if another test of the shared context already imported IT-01.
        assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))).isEqualTo(1);
        assertThat(driver.findElement(By.id("asOf")).getDomProperty("value")).isEqualTo("2022-06-01");
        assertThat(driver.findElements(By.id("import-errors"))).isEmpty();

        uploadVillages(csv("villages-bad.csv", "IT-02,Ấp Sai Số Hộ," + DemoAccounts.COMMUNE_A_CODE + ",-5"));
        WebElement errors = await("the import errors", ExpectedConditions.visibilityOfElementLocated(
                By.id("import-errors")));
        List<List<String>> rows = errors.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
        assertThat(rows).as("error rows (line, column, message)")
                .anySatisfy(row -> {
                    assertThat(row.get(0)).isEqualTo("2");
                    assertThat(row.get(1)).isEqualTo("households");
                    assertThat(row.get(2)).contains("-5");
                });
        assertThat(driver.findElements(By.id("import-result"))).isEmpty();
    }

    /** Opens a Camunda webapp ("tasklist", "cockpit", ...) and logs in on the product's login page on the way. */
    private void logIntoCamunda(String app, String username) {
        camunda.logIn(app, username, DemoAccounts.PASSWORD);
    }

    /** The names of the filters in Tasklist's filter list, once it has loaded. */
    private List<String> tasklistFilterNames() {
        await("Tasklist's filter list", ExpectedConditions.visibilityOfElementLocated(TASKLIST_FILTER_NAMES));
        awaitAngularStable();
        // The link's own text is the name; the counter is a child element.
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (a) {"
                        + "  return Array.from(a.childNodes).filter(function (n) { return n.nodeType === 3; })"
                        + "    .map(function (n) { return n.textContent; }).join('').trim(); });",
                ".task-filters .task-filter h4.name a");
        return names;
    }

    /** "dashboard", "login" or "denied" once Cockpit shows one of them; null while it shows none. */
    private String cockpitState() {
        if (!driver.findElements(COCKPIT_PROCESS_DEFINITIONS).isEmpty()) {
            return "dashboard";
        }
        if (!driver.findElements(CamundaWebapp.USERNAME).isEmpty()) {
            return "login";
        }
        return driver.findElements(By.id("error-403")).isEmpty() ? null : "denied";
    }

    private void uploadVillages(Path csv) {
        WebElement form = driver.findElement(By.cssSelector("form[action$='/villages/import']"));
        WebElement asOf = form.findElement(By.id("asOf"));
        // A date input's text depends on the browser's locale; its value is always ISO.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                asOf, "2022-06-01");
        assertThat(asOf.getDomProperty("value")).isEqualTo("2022-06-01");
        form.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type='submit']")).click();
        await("the import page to reload", ExpectedConditions.stalenessOf(form));
    }

    private Path csv(String name, String dataLine) throws IOException {
        return Files.writeString(files.resolve(name), "code,name,commune_code,households\n" + dataLine + "\n",
                StandardCharsets.UTF_8);
    }

    private void awaitAngularStable() {
        camunda.awaitAngularStable();
    }

    private void awaitAngularStableIfPresent() {
        angularStability();
    }

    /** Waits (up to the script timeout) until AngularJS has no pending HTTP requests or timeouts. */
    private Object angularStability() {
        return camunda.angularStability();
    }

    private <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + Browser.TIMEOUT.toSeconds() + " s waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; the page shows:\n" + pageText()
                    + notifications(), e);
        }
    }

    private String notifications() {
        return camunda.notifications();
    }

    private String pageText() {
        return camunda.pageText(2000);
    }

    private String url(String path) {
        return camunda.url(path);
    }
}
