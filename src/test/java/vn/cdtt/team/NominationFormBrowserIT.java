package vn.cdtt.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;
import vn.cdtt.support.TasklistForms;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * A commune official nominates the commune's teams through the Camunda Form in Tasklist, in a real browser: the
 * form's dynamic lists and team selects (options from the Json process variable {@code teamOptions} through
 * {@code valuesKey}), the server's refusal of a nomination that breaks the Hậu Giang plan, and the accepted nomination
 * that moves on to the founding decision.
 * <p>
 * Problems an official can work around are collected as soft assertions ("findings") and reported at the end, after
 * the whole path was tried: Complete disabled on a valid form with dynamic lists, the refusal wrapped in engine
 * exception text, a select that does not reopen.
 */
@ProductTest
class NominationFormBrowserIT {

    private static final String NOMINATE = "Đề cử Tổ công nghệ số cộng đồng của xã và các thôn";
    private static final String DECIDE = "Chủ tịch UBND xã ban hành quyết định thành lập tổ";
    private static final String REFUSED = "Đề cử chưa đúng quy định của kế hoạch";
    private static final String TEAMS = "Các tổ (Teams)";
    private static final String MEMBERS = "Thành viên (Members)";
    private static final String TEAM_OF = "Tổ của (Team of)";
    private static final String MEMBER_TEAM = "Thuộc tổ (Team)";
    private static final String VILLAGE = DemoAccounts.COMMUNE_A_CODE + "-01";
    /** How long a finding waits for something that should be immediate (a select's list opening). */
    private static final Duration SHORT = Duration.ofSeconds(3);

    /** Tasklist's task pane: Claim (task not yet assigned), Unclaim (assigned), the form's Save and Complete. */
    private static final By CLAIM = By.cssSelector(".task-details button.claim");
    private static final By UNCLAIM = By.cssSelector(".task-details button.unclaim");
    private static final By SAVE = By.cssSelector(".task-details .form-actions button.btn-default");
    private static final By COMPLETE = By.cssSelector(".task-details .form-actions button.btn-primary");
    /** The Camunda Form (form-js) as Tasklist renders it. */
    private static final By FORM = By.cssSelector(".task-details .fjs-container .fjs-form");

    /** Records the URLs Tasklist requests, for failure messages (XHR: camunda SDK; fetch: the form's schema). */
    private static final String RECORD_REQUESTS = """
            if (!window.__requests) {
              window.__requests = [];
              var open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                window.__requests.push(method + ' ' + url);
                return open.apply(this, arguments);
              };
              var fetch = window.fetch;
              window.fetch = function (input, init) {
                window.__requests.push(((init && init.method) || 'GET') + ' ' + (input.url || input));
                return fetch.apply(this, arguments);
              };
            }""";

    @Autowired
    TeamEstablishments establishments;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @LocalServerPort
    int port;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    private String instance;
    private String taskId;
    private Browser browser;
    private CamundaWebapp camunda;
    private TasklistForms forms;
    private WebDriver driver;

    @BeforeEach
    void startNominationAndBrowser() {
        Campaign campaign = campaigns.save(new Campaign(
                plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022").orElseThrow(), "hau-giang-2022-it-" + run));
        long commune = units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, AdminLevel.COMMUNE,
                DemoAccounts.COMMUNE_A_CODE).orElseThrow().getId();
        instance = establishments.start(campaign.getId(), commune, 0, EngineClock.today().plusDays(30), null);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
                "steeringDecisionNumber", "12/QĐ-UBND", "steeringHead", "Chủ tịch UBND xã", "steeringFormedOn",
                EngineClock.today().toString()));
        Task nominate = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS)
                .singleResult();
        assertThat(nominate.getName()).isEqualTo(NOMINATE);
        taskId = nominate.getId();

        browser = Browser.start();
        driver = browser.driver();
        camunda = new CamundaWebapp(browser, port);
        forms = new TasklistForms(browser, camunda);
    }

    @AfterEach
    void quitBrowserAndEndTheProcess() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            // The context is shared: leave no open task in hg-xa-31318's Tasklist.
            if (instance != null) {
                runtime.deleteProcessInstanceIfExists(instance, "NominationFormBrowserIT done", true, true, true,
                        false);
            }
        }
    }

    @Test
    void communeOfficialNominatesInTasklistIsRefusedByThePlanThenAccepted() {
        long started = System.nanoTime();
        SoftAssertions findings = new SoftAssertions();
        logIntoTasklist(DemoAccounts.COMMUNE_A);
        script(RECORD_REQUESTS);
        openTask();
        log("logged in, task claimed, form shown", started);

        // 1. The form: both dynamic lists, and the team selects offer the commune's villages.
        WebElement teams = await("the dynamic list " + TEAMS, d -> dynamicList(TEAMS));
        assertThat(dynamicList(MEMBERS)).as("the dynamic list " + MEMBERS).isNotNull();
        assertThat(rows(teams)).as("team rows at first (defaultRepetitions 1)").hasSize(1);
        assertThat(rows(dynamicList(MEMBERS))).as("member rows at first (defaultRepetitions 3)").hasSize(3);
        WebElement teamOf = field(rows(teams).get(0), TEAM_OF);
        List<String> options = choose(teamOf, VILLAGE);
        assertThat(options).as("the options of %s; Tasklist's requests: %s", TEAM_OF, requests())
                .contains("Ấp mẫu 1 (" + VILLAGE + ")", "Ấp mẫu 2 (31318-02)", "Ấp mẫu 3 (31318-03)");
        log("form rendered; " + TEAM_OF + " offers " + options, started);
        // An official who picked the wrong village clicks the select again to change it.
        findings.assertThat(reopens(teamOf, VILLAGE))
                .as("%s opens again when clicked right after choosing (form-js plain select; "
                        + "\"searchable\": true does)", TEAM_OF)
                .isTrue();

        // 2. One village team of two members and no village head: the plan (3-8, village head) refuses it.
        type(field(rows(teams).get(0), "Tên tổ (Team name)"), "Tổ công nghệ số Ấp mẫu 1 " + run);
        removeRow(dynamicList(MEMBERS), 2);
        await("two member rows", d -> rows(dynamicList(MEMBERS)).size() == 2 ? true : null);
        List<String> memberOptions = fillMember(rows(dynamicList(MEMBERS)).get(0), "Nguyễn Văn An", "0912345678",
                true, false);
        assertThat(memberOptions).as("the options of " + MEMBER_TEAM).isEqualTo(options);
        fillMember(rows(dynamicList(MEMBERS)).get(1), "Trần Thị Bình", "", false, false);
        complete(findings, "the nomination with two members");
        String refusal = await("the server's refusal in Tasklist's notifications", d -> {
            List<WebElement> panel = d.findElements(CamundaWebapp.NOTIFICATIONS);
            String text = panel.isEmpty() ? "" : panel.get(0).getText();
            return text.contains(REFUSED) ? text : null;
        });
        assertThat(refusal).contains("teams[0].members: Tổ có 2 thành viên, kế hoạch yêu cầu ít nhất 3.")
                .contains("Trưởng thôn (ấp, khu vực) phải là thành viên của tổ.");
        findings.assertThat(refusal)
                .as("the refusal as Tasklist shows it: the plan's message only, not the engine's wrapping "
                        + "(the webapps' engine API answers 500 RestException)")
                .doesNotContainPattern("ENGINE-\\d+|Cannot submit task form");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the nomination task stays open").isOne();
        assertThat(driver.findElements(FORM)).as("the form stays on screen").isNotEmpty();
        log("refused: " + refusal.replace('\n', ' '), started);

        // 3. Fixed: a third member, who is the village head; the first member is the team head. The notification
        // covers the lower part of the form (the members' "Add new"): close it first, as an official would.
        closeNotifications();
        addRow(dynamicList(MEMBERS));
        await("three member rows", d -> rows(dynamicList(MEMBERS)).size() == 3 ? true : null);
        fillMember(rows(dynamicList(MEMBERS)).get(2), "Lê Văn Cường", "0987654321", false, true);
        complete(findings, "the fixed nomination");
        await("the nomination task to be completed", d -> tasks.createTaskQuery().taskId(taskId).count() == 0
                ? true : null);
        Task decision = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(TeamEstablishmentProcess.TASK_ISSUE_FOUNDING_DECISION).singleResult();
        assertThat(decision).as("the next task").isNotNull();
        assertThat(decision.getName()).isEqualTo(DECIDE);
        assertThat(tasks.getVariable(decision.getId(), "members").toString())
                .contains("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "\"villageHead\":true");
        log("accepted; next task: " + decision.getName(), started);
        findings.assertAll();
    }

    // ---- Tasklist -------------------------------------------------------------------------------------------

    /** Opens Tasklist and logs in on the product's login page on the way (single sign-on). */
    private void logIntoTasklist(String username) {
        camunda.logIn("tasklist", username, DemoAccounts.PASSWORD);
    }

    /**
     * Opens the task by its Tasklist URL and claims it (Tasklist disables the form and Complete for anyone but the
     * assignee), then waits for its Camunda Form.
     */
    private void openTask() {
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        await("the task's name in the task pane", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-details"), NOMINATE));
        awaitAngularStable();
        if (driver.findElements(UNCLAIM).isEmpty()) {
            click(await("the Claim button", ExpectedConditions.elementToBeClickable(CLAIM)));
            await("the task to be claimed", ExpectedConditions.presenceOfElementLocated(UNCLAIM));
            awaitAngularStable();
        }
        await("the Camunda Form", ExpectedConditions.visibilityOfElementLocated(FORM));
    }

    /**
     * Clicks Complete, as an official would once the form shows no error. Tasklist 7.24 enables Complete only while
     * form-js's {@code errors} object has no key at all, and form-js 1.13 leaves an empty entry (such as
     * {@code "Field_MemberName": []}) for every edited field of a dynamic list: Complete stays disabled on a valid
     * form. That is a finding; the test then clicks Save, whose form-js {@code submit()} validates the whole form
     * afresh without empty entries and so enables Complete until the next edit.
     */
    private void complete(SoftAssertions findings, String what) {
        awaitAngularStable();
        assertThat(driver.findElements(By.cssSelector(".task-details .fjs-form-field-error li")))
                .as("errors the form shows before completing " + what)
                .extracting(WebElement::getText).isEmpty();
        boolean enabled = driver.findElement(COMPLETE).isEnabled();
        findings.assertThat(enabled)
                .as("Tasklist's Complete button is enabled for %s, a form without errors (form-js errors: %s)",
                        what, formJsErrors())
                .isTrue();
        if (!enabled) {
            click(driver.findElement(SAVE));
            await("Complete to be enabled after Save", ExpectedConditions.elementToBeClickable(COMPLETE));
        }
        click(driver.findElement(COMPLETE));
    }

    private void closeNotifications() {
        forms.closeNotifications(REFUSED);
    }

    // ---- The Camunda Form (form-js 1.13 DOM) ------------------------------------------------------------------

    /** The dynamic list with this label, or null while the form has not rendered it. */
    private WebElement dynamicList(String label) {
        List<WebElement> lists = driver.findElements(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')]"
                + "[./label[contains(normalize-space(.),'" + label + "')]]"));
        return lists.isEmpty() ? null : lists.get(0);
    }

    private static List<WebElement> rows(WebElement dynamicList) {
        return dynamicList.findElements(By.cssSelector(".fjs-repeat-row-container"));
    }

    /** The form field with this label inside one row of a dynamic list. */
    private static WebElement field(WebElement row, String label) {
        return row.findElement(By.xpath(".//div[contains(@class,'fjs-form-field ')]"
                + "[.//label[contains(normalize-space(.),'" + label + "')]]"));
    }

    /** Fills one member row of the village's team; returns the options its team select offered. */
    private List<String> fillMember(WebElement row, String name, String phone, boolean head, boolean villageHead) {
        List<String> options = choose(field(row, MEMBER_TEAM), VILLAGE);
        type(field(row, "Họ và tên (Full name)"), name);
        if (!phone.isEmpty()) {
            type(field(row, "Số điện thoại (Phone)"), phone);
        }
        check(field(row, "Tổ trưởng (Team head)"), head);
        check(field(row, "Trưởng thôn/ấp (Village head)"), villageHead);
        return options;
    }

    /**
     * Opens a form-js select, chooses the option whose label ends with "(code)" (villages) or equals the code, and
     * returns the labels of all options.
     */
    private List<String> choose(WebElement select, String code) {
        WebElement list = open(select, Browser.TIMEOUT);
        if (list == null) {
            throw new AssertionError("the options of the select did not open; the page shows:\n" + pageText());
        }
        List<WebElement> items = list.findElements(By.cssSelector(".fjs-dropdownlist-item"));
        List<String> labels = items.stream().map(NominationFormBrowserIT::label).toList();
        WebElement option = items.stream()
                .filter(item -> label(item).endsWith("(" + code + ")") || label(item).equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option for " + code + " among " + labels));
        String label = label(option);
        click(option);
        await("the select to show " + label, d -> label.equals(selected(select)) ? true : null);
        return labels;
    }

    /** Whether a select whose option was just chosen opens again when clicked; chooses the same option if so. */
    private boolean reopens(WebElement select, String code) {
        if (open(select, SHORT) == null) {
            return false;
        }
        choose(select, code);
        return true;
    }

    /**
     * Clicks a select open: a plain select opens on mouse-down on its input group, a searchable one
     * ({@code "searchable": true}) on its text input. Returns its list, or null when none shows within the time.
     */
    private WebElement open(WebElement select, Duration within) {
        List<WebElement> search = select.findElements(By.cssSelector("input.fjs-input"));
        List<WebElement> shown = select.findElements(By.cssSelector(".fjs-dropdownlist"));
        if (shown.isEmpty() || !shown.get(0).isDisplayed()) {
            click(search.isEmpty() ? select.findElement(By.cssSelector(".fjs-input-group")) : search.get(0));
        }
        WebDriverWait wait = new WebDriverWait(driver, within);
        wait.ignoring(StaleElementReferenceException.class);
        try {
            return wait.until(d -> {
                List<WebElement> lists = select.findElements(By.cssSelector(".fjs-dropdownlist"));
                return lists.isEmpty() || !lists.get(0).isDisplayed() ? null : lists.get(0);
            });
        } catch (TimeoutException e) {
            return null;
        }
    }

    private static String label(WebElement option) {
        return option.getDomProperty("textContent").strip();
    }

    /** The label a select shows: the display of a plain select, the input's value of a searchable one. */
    private static String selected(WebElement select) {
        List<WebElement> display = select.findElements(By.cssSelector(".fjs-select-display"));
        return display.isEmpty() ? select.findElement(By.cssSelector("input.fjs-input")).getDomProperty("value")
                : display.get(0).getText();
    }

    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input"));
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", input);
        input.sendKeys(text);
        await("the field to hold " + text, d -> text.equals(input.getDomProperty("value")) ? true : null);
    }

    private void check(WebElement field, boolean checked) {
        WebElement box = field.findElement(By.cssSelector("input[type='checkbox']"));
        if (box.isSelected() != checked) {
            click(box);
        }
        await("the checkbox to be " + (checked ? "checked" : "unchecked"),
                d -> box.isSelected() == checked ? true : null);
    }

    private void removeRow(WebElement dynamicList, int index) {
        click(rows(dynamicList).get(index).findElement(By.cssSelector(".fjs-repeat-row-remove")));
    }

    private void addRow(WebElement dynamicList) {
        click(dynamicList.findElement(By.cssSelector(".fjs-repeat-render-add")));
    }

    /** Clicks as an official does, on the visible top edge when Tasklist's footer covers the centre. */
    private void click(WebElement element) {
        forms.click(element);
    }

    // ---- Waiting and diagnostics ------------------------------------------------------------------------------

    private void awaitAngularStable() {
        camunda.awaitAngularStable();
    }

    private <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            dump();
            throw new AssertionError("Timed out after " + Browser.TIMEOUT.toSeconds() + " s waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; the page shows:\n" + pageText() + notifications()
                    + "\nTasklist's requests: " + requests(), e);
        }
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** form-js's own error state, found through Preact's virtual DOM of the form (diagnostics only). */
    private Object formJsErrors() {
        try {
            return script("""
                    var found = null;
                    (function walk(node, depth) {
                      if (!node || depth > 80 || found) { return; }
                      var props = node.props || {};
                      Object.keys(props).forEach(function (key) {
                        var value = props[key];
                        if (!found && value && typeof value.getService === 'function') {
                          found = value.getService('form');
                        }
                      });
                      [].concat(node.__k || []).forEach(function (child) { walk(child, depth + 1); });
                    })(document.querySelector('.task-details .fjs-container').__k, 0);
                    return found ? JSON.stringify(found._getState().errors) : 'not found';""");
        } catch (RuntimeException e) {
            return "not readable: " + e.getMessage();
        }
    }

    private Object requests() {
        try {
            return script("return window.__requests || [];");
        } catch (RuntimeException e) {
            return "(not recorded: " + e.getMessage() + ")";
        }
    }

    private String notifications() {
        return camunda.notifications();
    }

    private String pageText() {
        return camunda.pageText(3000);
    }

    /** Keeps the task pane's HTML as target/nomination-form-it/timeout.html for whoever reads a failure. */
    private void dump() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "nomination-form-it"));
            List<WebElement> pane = driver.findElements(By.cssSelector(".task-details"));
            String html = pane.isEmpty() ? driver.getPageSource() : pane.get(0).getDomProperty("outerHTML");
            Files.writeString(dir.resolve("timeout.html"), html, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Diagnostics only.
        }
    }

    private static void log(String what, long started) {
        System.out.printf("[NominationFormBrowserIT] %.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private String url(String path) {
        return camunda.url(path);
    }
}
