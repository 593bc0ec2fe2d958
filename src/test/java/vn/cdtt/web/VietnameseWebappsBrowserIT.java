package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * The Camunda webapps speak Vietnamese (the product's locales/vi.json and scripts/config.js under
 * META-INF/resources/webjars/camunda/app/), whatever language the browser asks for, English only when chosen with
 * {@code ?lang=en}; and they hide Camunda 7 CE's end-of-life banner (styles/user-styles.css).
 */
@ProductTest
class VietnameseWebappsBrowserIT {

    /** The header's "Start process" link (camunda-tasklist-bootstrap.js). */
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    /** Tasklist's task column before a task is chosen. */
    private static final By NO_TASK = By.cssSelector(".task-details .no-task");
    /** Tasklist's filter list. */
    private static final By FILTERS = By.cssSelector(".task-filters .task-filter h4.name a");
    /** The header widget's "It is time to migrate to Camunda 8" banner (ng-if="isCommunityEdition"). */
    private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

    /** A navigation label of each webapp, in each language. */
    private static final Map<String, String> VIETNAMESE = Map.of("admin", "Người dùng", "cockpit", "Quy trình",
            "welcome", "Ứng dụng");
    private static final Map<String, String> ENGLISH = Map.of("admin", "Users", "cockpit", "Processes",
            "welcome", "Applications");

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Value("${camunda.bpm.admin-user.id}")
    String adminUser;
    @org.springframework.beans.factory.annotation.Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    private Browser browser;
    private CamundaWebapp camunda;
    private WebDriver driver;

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void tasklistSpeaksVietnameseToAnOfficialWithoutTheEndOfLifeBanner() {
        open(Browser.start());
        camunda.logIn("tasklist", DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);

        WebElement startProcess = await("the header's start process link",
                ExpectedConditions.visibilityOfElementLocated(START_PROCESS));
        await("Tasklist's filter list", ExpectedConditions.visibilityOfElementLocated(FILTERS));
        camunda.awaitAngularStable();
        assertThat(startProcess.getText().strip()).isEqualTo("Khởi tạo quy trình");
        assertThat(driver.findElement(NO_TASK).getText().strip()).isEqualTo("Chọn một công việc trong danh sách.");
        String page = camunda.pageText(20_000);
        assertThat(page).as("Tasklist's page after logging in")
                .doesNotContain("Start process", "Select a task", "Filter Tasks", "Created", "Sort by",
                        "Camunda 8", "migrate");
        assertEndOfLifeBannerHidden();
    }

    @Test
    void adminCockpitAndWelcomeAreVietnamese() {
        open(Browser.start());
        camunda.logIn("admin", adminUser, adminPassword);
        for (String app : List.of("admin", "cockpit", "welcome")) {
            openApp(app, "");
            assertThat(camunda.pageText(20_000)).as("Camunda %s", app).contains(VIETNAMESE.get(app))
                    .doesNotContain(ENGLISH.get(app)).doesNotContain("Camunda 8");
            assertEndOfLifeBannerHidden();
        }
    }

    @Test
    void vietnameseEvenWhenTheBrowserAsksForEnglishWhichIsAvailableOnRequest() {
        open(Browser.start("en-US,en"));
        camunda.logIn("admin", adminUser, adminPassword);
        assertThat(camunda.pageText(20_000)).contains(VIETNAMESE.get("admin"));

        // Chosen explicitly, English stays chosen for every webapp of this browser...
        openApp("admin", "?lang=en");
        assertThat(camunda.pageText(20_000)).contains(ENGLISH.get("admin"));
        openApp("cockpit", "");
        assertThat(camunda.pageText(20_000)).contains(ENGLISH.get("cockpit"));
        assertEndOfLifeBannerHidden();

        // ... until Vietnamese is chosen again.
        openApp("welcome", "?lang=vi");
        assertThat(camunda.pageText(20_000)).contains(VIETNAMESE.get("welcome"));
        openApp("admin", "");
        assertThat(camunda.pageText(20_000)).contains(VIETNAMESE.get("admin"));
    }

    /** Opens a webapp of the logged-in session with the given query, e.g. "?lang=en", and waits until it settles. */
    private void openApp(String app, String query) {
        driver.get(camunda.url("/camunda/app/" + app + "/default/" + query));
        await("Camunda " + app + " with its account menu",
                ExpectedConditions.visibilityOfElementLocated(CamundaWebapp.ACCOUNT));
        camunda.awaitAngularStable();
    }

    private void open(Browser started) {
        browser = started;
        driver = browser.driver();
        camunda = new CamundaWebapp(browser, port);
    }

    /**
     * Camunda renders the banner (so this checks the product's stylesheet, not an absent element), hidden; and the
     * page does not keep the banner's 20px gap below the header.
     */
    private void assertEndOfLifeBannerHidden() {
        List<WebElement> banners = driver.findElements(EOL_BANNER);
        assertThat(banners).as("Camunda 7.24 CE's end-of-life banner in the DOM of %s", driver.getCurrentUrl())
                .isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var header = document.querySelector('[cam-widget-header]').getBoundingClientRect();"
                        + "var content = Array.from(document.querySelectorAll('.page-wrap, .ctn-main'))"
                        + "  .filter(function (e) { return e.offsetParent !== null; })"
                        + "  .map(function (e) { return e.getBoundingClientRect().top; });"
                        + "return {headerBottom: header.bottom, contentTops: content,"
                        + "  bodyPaddingTop: getComputedStyle(document.body).paddingTop};");
        double headerBottom = ((Number) layout.get("headerBottom")).doubleValue();
        assertThat(headerBottom).as("the header's height without the banner at %s", driver.getCurrentUrl())
                .isBetween(40.0, 50.0);
        assertThat(layout.get("bodyPaddingTop")).as("body padding at %s", driver.getCurrentUrl()).isEqualTo("45px");
        for (Object top : (List<?>) layout.get("contentTops")) {
            assertThat(((Number) top).doubleValue()).as("top of the page content at %s", driver.getCurrentUrl())
                    .isCloseTo(headerBottom, within(1.5));
        }
    }

    private <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + Browser.TIMEOUT.toSeconds() + " s waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; the page shows:\n" + camunda.pageText(2000)
                    + camunda.notifications(), e);
        }
    }
}
