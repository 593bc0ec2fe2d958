package vn.cdtt.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda 7.24's webapps as a browser sees them: their login form, their notifications, AngularJS settling. */
public final class CamundaWebapp {

    // camunda-commons-ui/lib/auth/page/form.html
    public static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
    public static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    public static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    public static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");
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

    /** Logs in through the login form of a webapp ("tasklist", "cockpit", ...), as a person would. */
    public void logIn(String app, String username, String password) {
        driver.get(url("/camunda/app/" + app + "/default/"));
        browser.waiting().withMessage("the login form of Camunda " + app)
                .until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        // The app checks for an existing session before it settles on the login view; typing earlier is lost.
        awaitAngularStable();
        driver.findElement(USERNAME).sendKeys(username);
        driver.findElement(PASSWORD).sendKeys(password);
        browser.waiting().withMessage("the login form to accept both fields").until(d -> List.of(
                d.findElement(LOGIN_FORM).getDomAttribute("class").split("\\s+")).contains("ng-valid"));
        driver.findElement(SUBMIT).click();
        browser.waiting().withMessage(username + " to be logged into Camunda " + app + notifications())
                .until(ExpectedConditions.invisibilityOfElementLocated(LOGIN_FORM));
        awaitAngularStable();
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
