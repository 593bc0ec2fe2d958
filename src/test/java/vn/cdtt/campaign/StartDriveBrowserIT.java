package vn.cdtt.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.support.TasklistForms;
import vn.cdtt.plan.PlanService;

/**
 * A provincial leader starts the Hậu Giang drive from Tasklist's "Start process" with the start form, in a real
 * browser; then the digital department's official submits the establishment decision's draft through its Camunda
 * Form. Screenshots of both filled forms go to {@code target/screenshots/} for the docs.
 */
@ProductTest
class StartDriveBrowserIT {

    private static final String PROCESS = CampaignLifecycleProcess.KEY;
    private static final String PROCESS_NAME = "Phong trào Tổ công nghệ số cộng đồng";
    private static final String PLAN = "hau-giang-2022";
    private static final String PLAN_LABEL = "Thành lập và tổ chức hoạt động Tổ công nghệ số cộng đồng tại ấp, khu"
            + " vực trên địa bàn tỉnh Hậu Giang — 103/KH-UBND (Tỉnh Hậu Giang)";
    private static final String DRAFT_TASK = CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT;
    private static final String DRAFT_NAME = "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng";
    /** The four assignments of Hậu Giang's plan, each its own task named by the plan. */
    private static final Set<String> DRAFTS = Set.of(DRAFT_NAME,
            "Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua",
            "Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã",
            "Triển khai thanh toán không dùng tiền mặt");

    /** The header's "Start process" link and the modal it opens (camunda-tasklist-bootstrap.js templates). */
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By MODAL = By.cssSelector(".modal-dialog");
    private static final By MODAL_FORM = By.cssSelector(".modal-dialog .fjs-container .fjs-form");
    private static final By MODAL_START = By.cssSelector(".modal-dialog .modal-footer button.btn-primary");
    /** Shown by the generic start form only; Camunda Forms send no business key. */
    private static final By BUSINESS_KEY = By.cssSelector(".modal-dialog input[cam-business-key]");


    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @LocalServerPort
    int port;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    private Browser browser;
    private CamundaWebapp camunda;
    private TasklistForms forms;
    private WebDriver driver;
    private String instance;

    @Autowired
    PlanService plans;
    @Autowired
    ProcessDays days;

    @AfterEach
    void quitBrowserAndEndTheDrive() {
        ProcessDays.reset();
        try {
            closeBrowser();
        } finally {
            // The context is shared: leave no open drafts in the departments' Tasklists.
            if (instance != null) {
                ProcessInstance drive = runtime.createProcessInstanceQuery().processInstanceId(instance)
                        .singleResult();
                if (drive != null) {
                    days.endDrives(drive.getBusinessKey() + "%");
                }
            }
        }
    }

    @Test
    void leaderStartsTheHauGiangDriveAndTheDigitalDepartmentSubmitsItsDraft() throws IOException {
        // 1. The leader starts the drive from Tasklist with the start form.
        // The drive starts on the plan's issue date, before any of its days has passed.
        ProcessDays.at(2022, 5, 30);
        // A plan the province publishes now appears in the form without a new deployment.
        String published = "hg-published-" + run.toLowerCase();
        plans.load(new String(new ClassPathResource("plans/hau-giang-2022.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("code: hau-giang-2022", "code: " + published)
                .replace("  vi: Thành lập và tổ chức", "  vi: Kế hoạch mới " + run + " về thành lập và tổ chức")
                .getBytes(StandardCharsets.UTF_8), published + ".yaml");
        Set<String> before = hauGiangInstances();
        openBrowser();
        camunda.logIn("tasklist", DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        forms.click(forms.await("the Start process link", ExpectedConditions.elementToBeClickable(START_PROCESS)));
        WebElement process = forms.await("the lifecycle process in the start dialog", d -> d.findElements(
                        By.cssSelector(".modal-dialog .available-processes ul.processes li a")).stream()
                .filter(a -> a.getText().strip().equals(PROCESS_NAME)).findFirst().orElse(null));
        forms.click(process);
        forms.await("the start form", ExpectedConditions.visibilityOfElementLocated(MODAL_FORM));
        camunda.awaitAngularStable();
        WebElement form = driver.findElement(MODAL_FORM);
        List<String> offered = forms.options(TasklistForms.field(form, "Kế hoạch"));
        assertThat(offered).as("every published plan of the leader's province, and only those")
                .contains(PLAN_LABEL).anyMatch(label -> label.startsWith("Kế hoạch mới " + run))
                .noneMatch(label -> label.contains("Quảng Trị"));
        forms.choose(TasklistForms.field(form, "Kế hoạch"), PLAN_LABEL);
        // Tasklist offers a business key only for generic forms; fill it when it does.
        String businessKey = "start-drive-it-" + run;
        boolean asksForKey = driver.findElements(BUSINESS_KEY).stream().filter(WebElement::isDisplayed)
                .findFirst().map(input -> {
                    input.sendKeys(businessKey);
                    return true;
                }).orElse(false);
        forms.screenshot("start-drive-start-form.png");
        forms.click(forms.await("Start to be enabled", ExpectedConditions.elementToBeClickable(MODAL_START)));
        forms.await("the start dialog to close", ExpectedConditions.invisibilityOfElementLocated(MODAL));

        ProcessInstance started = forms.await("the new " + PROCESS + " instance in the engine", d -> {
            List<ProcessInstance> fresh = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .variableValueEquals("planCode", PLAN).list().stream()
                    .filter(p -> !before.contains(p.getId())).toList();
            return fresh.isEmpty() ? null : fresh.get(0);
        });
        instance = started.getId();
        if (asksForKey) {
            assertThat(started.getBusinessKey()).isEqualTo(businessKey);
        }
        assertThat(hauGiangInstances()).as("instances started by the browser").hasSize(before.size() + 1);
        assertThat(runtime.getVariable(instance, "planCode")).isEqualTo(PLAN);
        assertThat(runtime.getVariable(instance, "campaignId")).as("the campaign opened by Task_OpenCampaign")
                .isNotNull();
        closeBrowser();

        // The save point after Task_OpenCampaign; the test profile runs no job executor.
        List<Job> jobs = management.createJobQuery().processInstanceId(instance).executable().list();
        assertThat(jobs).as("the async save point after Task_OpenCampaign").hasSize(1);
        jobs.forEach(job -> management.executeJob(job.getId()));
        days.runAllDueJobs(instance); // the stages' opening timers, due on the drive's first day
        Map<String, Task> drafts = openTasks();
        assertThat(drafts.keySet()).containsExactlyInAnyOrderElementsOf(DRAFTS);
        Task draft = drafts.get(DRAFT_NAME);
        assertThat(draft.getTaskDefinitionKey()).isEqualTo(DRAFT_TASK);

        // 2. A fresh session: the digital department's official submits the draft through its Camunda Form.
        openBrowser();
        camunda.logIn("tasklist", DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD);
        WebElement draftForm = forms.openAndClaim(draft.getId(), DRAFT_NAME);
        String reference = "Dự thảo QĐ thành lập Tổ CNS " + run;
        String summary = "Thành lập Tổ công nghệ số cộng đồng tại các thôn, ấp theo Kế hoạch 103/KH-UBND.";
        forms.type(TasklistForms.field(draftForm, "Văn bản"), "input", reference);
        forms.type(TasklistForms.field(draftForm, "Tóm tắt nội dung"), "textarea", summary);
        forms.screenshot("start-drive-draft-form.png");
        forms.complete();
        forms.await("the draft task to be completed in the engine",
                d -> tasks.createTaskQuery().taskId(draft.getId()).count() == 0 ? true : null);

        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(draft.getId()).singleResult();
        assertThat(done.getEndTime()).as("the draft's end in history").isNotNull();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(done.getAssignee()).isEqualTo(DemoAccounts.DIGITAL_DEPT);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("documentReference").list()).as("each draft keeps its own reference")
                .extracting(HistoricVariableInstance::getValue).containsOnlyOnce(reference);
        Set<String> open = openTasks().keySet();
        assertThat(open).as("the other departments' drafts stay open")
                .containsExactlyInAnyOrderElementsOf(DRAFTS.stream().filter(name -> !name.equals(DRAFT_NAME))
                        .toList());
    }

    // ---- Engine -----------------------------------------------------------------------------------------------

    private Set<String> hauGiangInstances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .variableValueEquals("planCode", PLAN).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
    }

    /** Open assignment tasks by name (each carries the plan's name for it); the launch opens beside them. */
    private Map<String, Task> openTasks() {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(DRAFT_TASK).list().stream()
                .collect(Collectors.toMap(Task::getName, t -> t));
    }

    // ---- Browser ----------------------------------------------------------------------------------------------

    private void openBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        camunda = new CamundaWebapp(browser, port);
        forms = new TasklistForms(browser, camunda);
    }

    private void closeBrowser() {
        if (browser != null) {
            Browser closing = browser;
            browser = null;
            closing.close();
        }
    }
}
