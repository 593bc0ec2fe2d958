package vn.cdtt.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda 7.24's webapps as a browser sees them: reached through the product's login page (single sign-on), their
 * account menu, their notifications, AngularJS settling.
 */
public final class CamundaWebapp {

    /** The product's login page (templates/login.html), the only login since single sign-on. */
    public static final By PRODUCT_USERNAME = By.id("username");
    public static final By PRODUCT_PASSWORD = By.id("password");
    public static final By PRODUCT_SUBMIT = By.cssSelector("form[action$='/login'] button[type='submit']");
    /** The webapps' own login form (camunda-commons-ui lib/auth/page/form.html); single sign-on never shows it. */
    public static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
    public static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    /** The account menu in a webapp's header (cam-widget-header): the user's name, with "Sign out" beneath. */
    public static final By ACCOUNT = By.cssSelector(".cam-nav li.account > a.dropdown-toggle");
    public static final By SIGN_OUT = By.cssSelector(".cam-nav li.account li.logout > a");
    public static final By NOTIFICATIONS = By.cssSelector(".page-notifications .notifications");

    private final Browser browser;
    private final WebDriver driver;
    private final int port;

    public CamundaWebapp(Browser browser, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.port = port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a webapp ("tasklist", "cockpit", ...) as a person would: Spring Security sends the browser to the
     * product's login page, and after logging in there back to the webapp, which takes over that session (single
     * sign-on). Waits until the webapp shows the user's account menu.
     */
    public void logIn(String app, String username, String password) {
        String page = "/camunda/app/" + app + "/default/";
        logInAt(page, username, password);
        // Messages are built on failure only: reading the page while it navigates would throw.
        browser.waiting().withMessage(() -> username + " to be logged into Camunda " + app + notifications())
                .until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT));
        awaitAngularStable();
    }

    /** Opens a page behind the product's form login, logs in on the product's login page, and waits to be back. */
    public void logInAt(String path, String username, String password) {
        driver.get(url(path));
        browser.waiting().withMessage("the product's login page instead of " + path)
                .until(ExpectedConditions.urlMatches("/login$"));
        submitProductLogin(username, password);
        browser.waiting().withMessage(() -> username + " to be logged in and sent on to " + path
                + "; the page shows:\n" + pageText(500)).until(ExpectedConditions.urlContains(path));
    }

    /** Logs in on the product's own login page ({@code /login}) and waits to leave it. */
    public void logIn(String username, String password) {
        driver.get(url("/login"));
        submitProductLogin(username, password);
        browser.waiting().withMessage(username + " to be logged in on the product's login page")
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void submitProductLogin(String username, String password) {
        browser.waiting().withMessage("the product's login form")
                .until(ExpectedConditions.visibilityOfElementLocated(PRODUCT_USERNAME));
        driver.findElement(PRODUCT_USERNAME).sendKeys(username);
        driver.findElement(PRODUCT_PASSWORD).sendKeys(password);
        driver.findElement(PRODUCT_SUBMIT).click();
    }

    public void awaitAngularStable() {
        Object state = angularStability();
        if (!"stable".equals(state)) {
            throw new AssertionError("Camunda's AngularJS app did not settle on " + driver.getCurrentUrl() + ": "
                    + state);
        }
    }

    /** Waits (up to the script timeout) until AngularJS has no pending HTTP requests or timeouts. */
    public Object angularStability() {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "if (!window.angular) { done('no AngularJS on this page'); return; }"
                        + "try { angular.getTestability(document.body).whenStable(function () { done('stable'); }); }"
                        + "catch (e) { done('error: ' + e); }");
    }

    /** Camunda's notification panel as text, for failure messages; empty when none shows. */
    public String notifications() {
        List<WebElement> panel = driver.findElements(NOTIFICATIONS);
        return panel.isEmpty() ? "" : "\nCamunda notifications: " + panel.get(0).getText();
    }

    /** The page's visible text, cut to {@code max} characters, for failure messages. */
    public String pageText(int max) {
        List<WebElement> body = driver.findElements(By.tagName("body"));
        String text = body.isEmpty() ? "" : body.get(0).getText();
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
