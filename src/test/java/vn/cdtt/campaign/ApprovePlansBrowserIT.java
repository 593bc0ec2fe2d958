package vn.cdtt.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.support.TasklistForms;

/**
 * Hậu Giang's directive in a real browser: the province's leader opens the approval in Tasklist, sees the four
 * drafts each with its document, is refused a return that names no draft, then returns two; each goes back to its
 * own authors and the other two stay submitted.
 */
@ProductTest
class ApprovePlansBrowserIT {

    private static final String STAFFING = "Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã";
    private static final String EMULATION_PLAN = "Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua";
    private static final String RETURNED = "Trả lại các sản phẩm";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessDays days;

    @LocalServerPort
    int port;

    private final String run = Long.toString(System.nanoTime(), 36);
    private Browser browser;

    @AfterEach
    void closeBrowserAndEndTheDrive() {
        ProcessDays.reset();
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            days.endDrives("hau-giang-2022-approval-" + run + "%");
        }
    }

    @Test
    void theLeaderSeesEveryDraftAndReturnsTwoToTheirOwnAuthors() {
        ProcessDays.at(2022, 5, 30);
        String instance = runtime.startProcessInstanceByKey(CampaignLifecycleProcess.KEY,
                "hau-giang-2022-approval-" + run, Map.of("planCode", "hau-giang-2022")).getId();
        days.runAllDueJobs(instance);
        for (Task draft : tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT).list()) {
            tasks.complete(draft.getId(), Map.of("documentReference", document(draft.getName()),
                    "summary", "Nội dung chính của dự thảo"));
        }
        Task approval = days.task(instance, CampaignLifecycleProcess.TASK_APPROVE_PLANS);
        long campaign = ((Number) runtime.getVariable(instance, "campaignId")).longValue();

        browser = Browser.start();
        CamundaWebapp camunda = new CamundaWebapp(browser, port);
        TasklistForms forms = new TasklistForms(browser, camunda);
        camunda.logIn("tasklist", DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        WebElement form = forms.openAndClaim(approval.getId(), approval.getName());
        assertThat(form.getText()).as("every draft with its document, not only the last one submitted").contains(
                document(STAFFING), document(EMULATION_PLAN),
                document("Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng"),
                document("Triển khai thanh toán không dùng tiền mặt"));

        forms.tick(form, "Ý kiến", "Trả lại để chỉnh sửa");
        assertThat(forms.choices(form, RETURNED)).as("the drafts by name").hasSize(4).contains(STAFFING,
                EMULATION_PLAN);
        forms.type(TasklistForms.field(form, "Ý kiến chỉnh sửa"), "textarea", "Bổ sung tiêu chí thi đua");
        forms.complete();
        String refusal = forms.await("the refusal in Tasklist's notifications", d -> {
            String text = camunda.notifications();
            return text.contains(RETURNED) ? text : null;
        });
        assertThat(refusal).as("named by the field's label, without the engine's wrapping")
                .contains("chọn ít nhất một sản phẩm ở ô \"" + RETURNED + "\"").doesNotContainPattern("ENGINE-\\d+");
        assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).as("the approval stays open").isOne();

        forms.closeNotifications(RETURNED);
        form = browser.driver().findElement(TasklistForms.TASK_FORM); // found again: the refusal may re-render it
        forms.tick(form, RETURNED, STAFFING);
        forms.tick(form, RETURNED, EMULATION_PLAN);
        forms.screenshot("approve-plans-form.png");
        forms.complete();
        forms.await("the approval to be completed in the engine",
                d -> tasks.createTaskQuery().taskId(approval.getId()).count() == 0 ? true : null);

        Map<String, List<String>> revisions = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CampaignLifecycleProcess.TASK_REVISE_DRAFTS).list().stream()
                .collect(Collectors.toMap(Task::getName, this::groups));
        assertThat(revisions).as("each returned draft back to its own authors").containsOnly(
                Map.entry("Chỉnh sửa theo ý kiến lãnh đạo: " + STAFFING, List.of("agency-hg-snv")),
                Map.entry("Chỉnh sửa theo ý kiến lãnh đạo: " + EMULATION_PLAN,
                        List.of("agency-hg-stttt", "agency-hg-snv")));
        assertThat(jdbc.queryForList("select assignment_code || ':' || status from drive.assignment_deliverable"
                + " where campaign_id = ? order by assignment_code", String.class, campaign)).containsExactly(
                "DRAFT_EMULATION_PLAN:RETURNED", "DRAFT_ESTABLISHMENT_DECISION:SUBMITTED",
                "PLAN_CASHLESS_PAYMENTS:SUBMITTED", "PROPOSE_IT_STAFFING:RETURNED");
    }

    /** The document an author submits for an assignment, telling this run's drafts apart. */
    private String document(String assignment) {
        return "Văn bản " + run + " – " + assignment;
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
