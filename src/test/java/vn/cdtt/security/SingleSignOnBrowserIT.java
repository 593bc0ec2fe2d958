package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * One login for the product and the Camunda webapps, in a real browser: logged in once on the product's login page,
 * an official opens Tasklist and Cockpit as themselves; "Sign out" in Tasklist ends the session everywhere; Camunda
 * still refuses Cockpit to an official without access. Only right passwords: Camunda delays logins after wrong ones.
 */
@ProductTest
class SingleSignOnBrowserIT {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    /** What the webapps' "Sign out" posts. */
    private static final String SIGN_OUT = "/camunda/api/admin/auth/user/default/logout";
    /** The "Deployed" section of Cockpit's dashboard. */
    private static final By COCKPIT_DASHBOARD = By.cssSelector(".dashboard section.deployed .stats-section.processes");
    private static final By TASKLIST_FILTER = By.cssSelector(".task-filters .task-filter h4.name a");
    private static final By LOGOUT_BUTTON = By.cssSelector("form[action$='/logout'] button[type='submit']");

    @Autowired
    IdentityService identity;

    @LocalServerPort
    int port;

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
    void leaderLogsInOnceForProductTasklistAndCockpitAndSignsOutFromTasklist() {
        camunda.logIn(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        assertThat(driver.getCurrentUrl()).isEqualTo(camunda.url("/"));
        assertThat(driver.findElements(LOGOUT_BUTTON)).as("the product's home page, logged in").isNotEmpty();

        String name = fullName(DemoAccounts.LEADER);
        driver.get(camunda.url(TASKLIST));
        awaitAccount("Tasklist", name);
        assertThat(driver.getCurrentUrl()).startsWith(camunda.url(TASKLIST));
        assertThat(driver.findElements(CamundaWebapp.LOGIN_FORM)).as("Camunda's own login form").isEmpty();

        driver.get(camunda.url(COCKPIT));
        await("Cockpit's dashboard", ExpectedConditions.visibilityOfElementLocated(COCKPIT_DASHBOARD));
        awaitAccount("Cockpit", name);

        driver.get(camunda.url(TASKLIST));
        awaitAccount("Tasklist", name);
        camunda.awaitAngularStable();
        driver.findElement(CamundaWebapp.ACCOUNT).click();
        await("Sign out in the account menu", ExpectedConditions.elementToBeClickable(CamundaWebapp.SIGN_OUT))
                .click();
        await("the product's login page after signing out of Tasklist",
                ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElements(CamundaWebapp.PRODUCT_USERNAME)).isNotEmpty();

        driver.get(camunda.url("/"));
        await("the product's home page to ask for a login again", ExpectedConditions.urlMatches("/login$"));
        driver.get(camunda.url(TASKLIST));
        await("Tasklist to ask for a login again", ExpectedConditions.urlMatches("/login$"));
    }

    @Test
    void communeOfficialLoggedInOnTheProductIsRefusedCockpit() {
        camunda.logIn(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);
        driver.get(camunda.url(TASKLIST));
        awaitAccount("Tasklist", fullName(DemoAccounts.COMMUNE_A));

        // Camunda's webapp security filter answers 403 (no Cockpit authorization), shown by the product's error page.
        driver.get(camunda.url(COCKPIT));
        await("the access-denied page", ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertThat(camunda.pageText(2000)).contains("Không có quyền truy cập");
        assertThat(driver.findElements(COCKPIT_DASHBOARD)).isEmpty();
        assertThat(driver.getCurrentUrl()).startsWith(camunda.url(COCKPIT));
    }

    @Test
    void aLinkIntoAWebappLeadsThroughTheLoginPageToTheLinkedView() {
        // As a link in a notice mail would: the fragment names the view; only the browser knows it.
        driver.get(camunda.url(COCKPIT + "#/processes"));
        await("the product's login page", ExpectedConditions.urlContains("/login"));
        driver.findElement(CamundaWebapp.PRODUCT_USERNAME).sendKeys(DemoAccounts.LEADER);
        driver.findElement(CamundaWebapp.PRODUCT_PASSWORD).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(CamundaWebapp.PRODUCT_SUBMIT).click();
        awaitAccount("Cockpit", fullName(DemoAccounts.LEADER));
        await("Cockpit's processes view",
                ExpectedConditions.urlMatches("/camunda/app/cockpit/default/[^#]*#/processes"));
        camunda.awaitAngularStable();
        assertThat(driver.getCurrentUrl()).as("Cockpit adds its search to the view").contains("#/processes");
    }

    @Test
    void whenTheSessionEndsTasklistSendsToTheProductsLoginAndBack() {
        camunda.logIn("tasklist", DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        WebElement filter = await("Tasklist's filters", ExpectedConditions.elementToBeClickable(TASKLIST_FILTER));
        // As if the session had timed out: the browser's session id names no session any more, so the next request
        // Tasklist makes is answered 401.
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteCookie(session);
        driver.manage().addCookie(new Cookie(session.getName(), "0123456789ABCDEF0123456789ABCDEF", session.getPath()));
        filter.click();
        await("the product's login page after Tasklist found no session", ExpectedConditions.urlMatches("/login$"));

        driver.findElement(CamundaWebapp.PRODUCT_USERNAME).sendKeys(DemoAccounts.LEADER);
        driver.findElement(CamundaWebapp.PRODUCT_PASSWORD).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(CamundaWebapp.PRODUCT_SUBMIT).click();
        awaitAccount("Tasklist after logging in again", fullName(DemoAccounts.LEADER));
        assertThat(driver.getCurrentUrl()).startsWith(camunda.url(TASKLIST));
    }

    @Test
    void withoutASessionTheWebappsSendToTheProductsLoginAndTheirApiAnswers401() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> page = get(http, TASKLIST);
        assertThat(page.statusCode()).isEqualTo(302);
        // A path, never a host taken from the request (SecurityHeadersTest).
        assertThat(page.headers().firstValue("Location")).hasValue("/login");

        for (String api : new String[] {"/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/",
                "/camunda/api/engine/engine/default/task/count"}) {
            HttpResponse<String> answer = get(http, api);
            assertThat(answer.statusCode()).as(api).isEqualTo(401);
            assertThat(answer.body()).as(api).doesNotContain("<form");
        }
    }

    @Test
    void theWebappsSignOutEndsTheProductSessionAndStillNeedsTheWebappsCsrfToken() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .build();
        logInOverHttp(http);
        assertThat(post(http, SIGN_OUT, null).statusCode()).as("a sign-out without X-XSRF-TOKEN").isEqualTo(403);
        // Camunda's CSRF filter ends the session it refused a request for: the product's session goes with it.
        assertThat(get(http, "/").statusCode()).as("the home page after a refused sign-out").isEqualTo(302);

        logInOverHttp(http);
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        // The webapps' own login endpoint is closed, even with a right password and the webapps' CSRF token.
        HttpResponse<String> ownLogin = http.send(HttpRequest.newBuilder(URI.create(camunda.url(
                "/camunda/api/admin/auth/user/default/login/tasklist"))).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoAccounts.LEADER + "&password="
                        + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ownLogin.statusCode()).as("Camunda's own login").isEqualTo(403);

        assertThat(post(http, SIGN_OUT, xsrf).statusCode()).as("the webapps' sign-out").isEqualTo(200);
        HttpResponse<String> home = get(http, "/");
        assertThat(home.statusCode()).as("the product's home page after signing out of a webapp").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("/login");
        assertThat(get(http, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    /** Logs in on /login as the leader, then opens Tasklist's page, which hands the user to the webapps. */
    private void logInOverHttp(HttpClient http) throws IOException, InterruptedException {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(http, "/login").body());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(camunda.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoAccounts.LEADER + "&password="
                        + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("where the login sends on to")
                .hasValueSatisfying(to -> assertThat(to).startsWith("/").doesNotStartWith("//").doesNotContain("/login"));
        assertThat(get(http, TASKLIST).statusCode()).isEqualTo(200);
        assertThat(get(http, "/camunda/api/admin/auth/user/default").statusCode()).as("the webapps' user")
                .isEqualTo(200);
    }

    private HttpResponse<String> post(HttpClient http, String path, String xsrfToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(camunda.url(path)))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(camunda.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the webapp's account menu to show the user's name, as Tasklist and Cockpit load it from the engine. */
    private void awaitAccount(String app, String name) {
        WebElement account = await(app + "'s account menu", ExpectedConditions.visibilityOfElementLocated(
                CamundaWebapp.ACCOUNT));
        await(app + " to show " + name, d -> account.getText().contains(name) ? true : null);
    }

    private String fullName(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        return (user.getFirstName() + " " + user.getLastName()).strip();
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
