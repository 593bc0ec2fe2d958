package vn.cdtt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Working a task's Camunda Form in Tasklist as an official does, in a real browser: open and claim the task, find a
 * field by its label, type, pick from a select or tick a checklist, complete. The form-js DOM as Tasklist 7.24
 * renders it.
 */
public final class TasklistForms {

    public static final By CLAIM = By.cssSelector(".task-details button.claim");
    public static final By UNCLAIM = By.cssSelector(".task-details button.unclaim");
    public static final By COMPLETE = By.cssSelector(".task-details .form-actions button.btn-primary");
    public static final By TASK_FORM = By.cssSelector(".task-details .fjs-container .fjs-form");
    /** A checklist's box or a radio group's choice: a label around its input. */
    private static final By CHOICE = By.xpath(".//label[input[@type='checkbox' or @type='radio']]");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Browser browser;
    private final CamundaWebapp camunda;
    private final WebDriver driver;

    public TasklistForms(Browser browser, CamundaWebapp camunda) {
        this.browser = browser;
        this.camunda = camunda;
        this.driver = browser.driver();
    }

    /** Opens the task by its Tasklist URL, claims it if nobody has, and waits for its Camunda Form. */
    public WebElement openAndClaim(String taskId, String taskName) {
        driver.get(camunda.url("/camunda/app/tasklist/default/#/?task=" + taskId));
        await("the task's name in the task pane", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-details"), taskName));
        camunda.awaitAngularStable();
        if (driver.findElements(UNCLAIM).isEmpty()) {
            click(await("the Claim button", ExpectedConditions.elementToBeClickable(CLAIM)));
            await("the task to be claimed", ExpectedConditions.presenceOfElementLocated(UNCLAIM));
            camunda.awaitAngularStable();
        }
        return await("the task's Camunda Form", ExpectedConditions.visibilityOfElementLocated(TASK_FORM));
    }

    /** The form field whose label contains this text. */
    public static WebElement field(WebElement form, String label) {
        return form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field ')]"
                + "[.//label[contains(normalize-space(.),'" + label + "')]]"));
    }

    /** Opens a plain form-js select (mouse-down on its input group) and picks the option with this label. */
    public void choose(WebElement select, String label) {
        if (select.findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")).isEmpty()) {
            click(select.findElement(By.cssSelector(".fjs-input-group")));
        }
        WebElement option = await("the option " + label, d -> select.findElements(
                        By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")).stream()
                .filter(item -> label.equals(item.getDomProperty("textContent").strip())).findFirst().orElse(null));
        click(option);
        await("the select to show " + label, d -> select.findElements(By.cssSelector(".fjs-select-display"))
                .stream().anyMatch(display -> label.equals(display.getText().strip())) ? true : null);
    }

    /** The labels a form-js select offers (its list is left open for {@link #choose}). */
    public List<String> options(WebElement select) {
        click(select.findElement(By.cssSelector(".fjs-input-group")));
        return await("the select's options", d -> {
            List<String> found = select.findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item"))
                    .stream().map(item -> item.getDomProperty("textContent").strip()).toList();
            return found.isEmpty() ? null : found;
        });
    }

    /** The labels of a checklist's boxes, or of a radio group's choices, as the official reads them. */
    public List<String> choices(WebElement form, String fieldLabel) {
        return await("the choices of " + fieldLabel, d -> {
            List<String> found = field(form, fieldLabel).findElements(CHOICE).stream()
                    .map(label -> label.getDomProperty("textContent").strip()).toList();
            return found.isEmpty() ? null : found;
        });
    }

    /**
     * Ticks the checklist box, or picks the radio choice, with this label. The field is found again each time: a
     * choice that shows another field re-renders the form.
     */
    public void tick(WebElement form, String fieldLabel, String choice) {
        click(choice(form, fieldLabel, choice));
        await("the choice " + choice + " to be ticked", d -> choice(form, fieldLabel, choice)
                .findElement(By.tagName("input")).isSelected() ? true : null);
    }

    private WebElement choice(WebElement form, String fieldLabel, String choice) {
        return await("the choice " + choice, d -> field(form, fieldLabel).findElements(CHOICE).stream()
                .filter(l -> choice.equals(l.getDomProperty("textContent").strip())).findFirst().orElse(null));
    }

    public void type(WebElement field, String tag, String text) {
        WebElement input = field.findElement(By.tagName(tag));
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", input);
        input.sendKeys(text);
        await("the field to hold " + text, d -> text.equals(input.getDomProperty("value")) ? true : null);
    }

    /** Clicks Tasklist's Complete button once the form lets it. */
    public void complete() {
        click(await("Complete to be enabled", ExpectedConditions.elementToBeClickable(COMPLETE)));
    }

    /**
     * Scrolls the element to the middle of its pane and clicks it; when Tasklist's fixed footer covers its centre,
     * clicks its visible top edge instead (see NominationFormBrowserIT).
     */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        await("the element to be clickable", ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            int height = element.getRect().getHeight();
            new Actions(driver).moveToElement(element, 0, -height / 2 + 3).click().perform();
        }
    }

    /** Closes Tasklist's notifications (a refusal stays until closed) and waits until none shows this text. */
    public void closeNotifications(String text) {
        for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .notifications .close"))) {
            if (close.isDisplayed()) {
                click(close);
            }
        }
        await("the notifications to close", d -> d.findElements(CamundaWebapp.NOTIFICATIONS).stream()
                .noneMatch(panel -> panel.getText().contains(text)) ? true : null);
    }

    /** Saves what the browser shows to {@code target/screenshots/}, for the docs. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + Browser.TIMEOUT.toSeconds() + " s waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; the page shows:\n" + camunda.pageText(3000)
                    + camunda.notifications(), e);
        }
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
