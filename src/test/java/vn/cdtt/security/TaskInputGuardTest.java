package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.OfficialHttp;
import vn.cdtt.support.ProductTest;

/**
 * A task takes only its own form's fields, on both engine APIs: the Sở TT&TT cannot route the approval of its own
 * drafts to itself, a draft needs what its form requires, and a leader starts a drive with its start form only.
 * Every refusal is a 400 that names the field, and nothing changes.
 */
@ProductTest
class TaskInputGuardTest {

    private static final String PROCESS = CampaignLifecycleProcess.KEY;
    private static final String DRAFT = CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT;
    /** Which assignment a task is, and so which agency owns it and when it is due. */
    private static final String ROUTING = CampaignLifecycleProcess.ASSIGNMENT_CODE;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    private String instance;
    private Task draft;

    @BeforeEach
    void aHauGiangDriveWaitingForItsDrafts() {
        ProcessDays.at(2022, 5, 30);
        instance = runtime.startProcessInstanceByKey(PROCESS, "guard-" + System.nanoTime(),
                Map.of("planCode", "hau-giang-2022")).getId();
        // The save point, then the assignments' opening timers (and the founding, which does not wait for them).
        for (int pass = 0; pass < 10; pass++) {
            for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
                management.executeJob(job.getId());
            }
        }
        draft = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(DRAFT).list().stream()
                .filter(t -> "DRAFT_ESTABLISHMENT_DECISION".equals(tasks.getVariable(t.getId(), ROUTING)))
                .findFirst().orElseThrow();
    }

    @Autowired
    ProcessDays days;

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
        days.endDrives("guard-%");
    }

    private static String string(String value) {
        return "{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    private static String draftFields(String extra) {
        return "{\"variables\":{\"documentReference\":" + string("Dự thảo QĐ 01") + ",\"summary\":"
                + string("Nội dung") + extra + "}}";
    }

    @Test
    void aDepartmentCannotRouteTheApprovalOfItsDraftsToItselfOnEitherApi() {
        Object routingBefore = runtime.getVariable(draft.getExecutionId(), ROUTING);
        long rowsBefore = variableRows();
        for (OfficialHttp official : List.of(OfficialHttp.basic(port, DemoAccounts.DIGITAL_DEPT,
                DemoAccounts.PASSWORD), OfficialHttp.session(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD))) {
            String task = official.api() + "/task/" + draft.getId();
            String ownGroup = string("agency-hg-stttt");
            refused(official.put(task + "/variables/" + ROUTING, ownGroup), ROUTING);
            refused(official.put(task + "/localVariables/" + ROUTING, ownGroup), ROUTING);
            refused(official.post(task + "/variables", "{\"modifications\":{\"" + ROUTING + "\":" + ownGroup + "}}"),
                    ROUTING);
            refused(official.post(task + "/localVariables", "{\"modifications\":{\"" + ROUTING + "\":" + ownGroup
                    + "}}"), ROUTING);
            refused(official.post(task + "/variables", "{\"deletions\":[\"campaignId\"]}"), "campaignId");
            refused(official.delete(task + "/variables/campaignId"), "campaignId");
            refused(official.post(task + "/complete", draftFields(",\"" + ROUTING + "\":" + ownGroup)), ROUTING);
            refused(official.post(task + "/submit-form", draftFields(",\"" + ROUTING + "\":" + ownGroup)), ROUTING);
            refused(official.post(task + "/bpmnError", "{\"errorCode\":\"x\"}"), "BPMN");
        }
        assertThat(runtime.getVariable(draft.getExecutionId(), ROUTING)).isEqualTo(routingBefore)
                .isEqualTo("DRAFT_ESTABLISHMENT_DECISION");
        assertThat(runtime.getVariable(instance, "campaignId")).isNotNull();
        assertThat(variableRows()).isEqualTo(rowsBefore);
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft is still open").isOne();
    }

    @Test
    void aDraftNeedsItsRequiredFieldsAndTakesOnlyValuesItsFormCouldSend() {
        OfficialHttp official = OfficialHttp.basic(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD);
        String task = OfficialHttp.REST + "/task/" + draft.getId();
        long rowsBefore = variableRows();
        refused(official.post(task + "/complete", "{}"), "Văn bản");
        refused(official.post(task + "/complete", "{\"variables\":{\"unitId\":{\"value\":31321,\"type\":"
                + "\"Long\"}}}"), "unitId");
        refused(official.post(task + "/submit-form", "{\"variables\":{\"summary\":" + string("Nội dung") + "}}"),
                "Văn bản");
        refused(official.post(task + "/submit-form", "{\"variables\":{\"documentReference\":{\"value\":\"rO0ABX\","
                + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}},\"summary\":"
                + string("Nội dung") + "}}"), "kiểu object");
        refused(official.post(task + "/submit-form", draftFields("").replace("Nội dung", "Nội\\u0000dung")),
                "Tóm tắt nội dung");
        refused(official.post(task + "/submit-form", draftFields("").replace("Dự thảo QĐ 01",
                "Dự thảo \\u202Egnud ởs")), "Văn bản");
        refused(official.post(task + "/submit-form", draftFields("").replace("Dự thảo QĐ 01", "x".repeat(301))),
                "Văn bản");
        refused(official.post(task + "/submit-form", "{\"variables\":{\"documentReference\":{\"value\":12,"
                + "\"type\":\"Integer\"},\"summary\":" + string("Nội dung") + "}}"), "Văn bản");
        assertThat(variableRows()).isEqualTo(rowsBefore);

        HttpResponse<String> accepted = official.post(task + "/submit-form", draftFields(""));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select document_reference from drive.assignment_deliverable d join"
                + " drive.campaign c on c.id = d.campaign_id where c.business_key = (select business_key_ from"
                + " act_ru_execution where id_ = ?) and d.assignment_code = 'DRAFT_ESTABLISHMENT_DECISION'",
                String.class, instance)).isEqualTo("Dự thảo QĐ 01");
    }

    @Test
    void aCandidateWorksATaskButCannotChangeWhoGetsItOrWhenItIsDue() {
        String task = "/task/" + draft.getId();
        java.util.Date due = draft.getDueDate();
        for (OfficialHttp official : new OfficialHttp[] {
                OfficialHttp.basic(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD),
                OfficialHttp.session(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD)}) {
            String api = official.api();
            assertThat(official.put(api + task, "{\"name\":\"Đã xong\",\"due\":\"2099-01-01T00:00:00.000+0000\","
                    + "\"assignee\":\"" + DemoAccounts.COMMUNE_A + "\"}").statusCode()).as("PUT task").isEqualTo(403);
            assertThat(official.post(api + task + "/identity-links", "{\"groupId\":\"camunda-admin\","
                    + "\"type\":\"candidate\"}").statusCode()).as("add a candidate group").isEqualTo(403);
            assertThat(official.post(api + task + "/delegate", "{\"userId\":\"" + DemoAccounts.COMMUNE_A + "\"}")
                    .statusCode()).as("delegate").isEqualTo(403);
            assertThat(official.post(api + task + "/assignee", "{\"userId\":\"" + DemoAccounts.COMMUNE_A + "\"}")
                    .statusCode()).as("set another assignee").isEqualTo(403);
            // Nor do they attach a link or a file, or comment, for the next official to open.
            assertThat(official.post(api + task + "/comment/create", "{\"message\":\"Xem tại https://evil.example\"}")
                    .statusCode()).as("comment").isBetween(400, 404);
            String form = "--b\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nHướng dẫn\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttps://evil.example\r\n--b--\r\n";
            assertThat(official.post(api + task + "/attachment/create", "multipart/form-data; boundary=b", form)
                    .statusCode()).as("attachment").isBetween(400, 404);
        }
        Task after = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(after.getName()).isEqualTo(draft.getName());
        assertThat(after.getDueDate()).isEqualTo(due);
        assertThat(after.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(draft.getId())).extracting(IdentityLink::getGroupId)
                .doesNotContain("camunda-admin");
        assertThat(tasks.getTaskComments(draft.getId())).isEmpty();
        assertThat(tasks.getTaskAttachments(draft.getId())).isEmpty();

        // Someone else's claim is not theirs to undo.
        OfficialHttp official = OfficialHttp.basic(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD);
        tasks.setAssignee(draft.getId(), DemoAccounts.LEADER);
        assertThat(official.post(OfficialHttp.REST + task + "/unclaim", "{}").statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee())
                .isEqualTo(DemoAccounts.LEADER);
        tasks.setAssignee(draft.getId(), null);

        // Working it stays theirs: claim, give back their own claim, claim again, complete with the form.
        assertThat(official.post(OfficialHttp.REST + task + "/claim", "{\"userId\":\"" + DemoAccounts.DIGITAL_DEPT
                + "\"}").statusCode()).isEqualTo(204);
        assertThat(official.post(OfficialHttp.REST + task + "/unclaim", "{}").statusCode()).isEqualTo(204);
        assertThat(official.post(OfficialHttp.REST + task + "/claim", "{\"userId\":\"" + DemoAccounts.DIGITAL_DEPT
                + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> done = official.post(OfficialHttp.REST + task + "/submit-form", draftFields(""));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    @Test
    void aLeaderStartsADriveAtItsStartEventWithItsStartFormOnly() {
        OfficialHttp leader = OfficialHttp.basic(port, DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        String start = OfficialHttp.REST + "/process-definition/key/" + PROCESS;
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        String plan = "\"planCode\":" + string("hau-giang-2022");
        refused(leader.post(start + "/start", "{\"variables\":{" + plan + ",\"" + ROUTING + "\":"
                + string("agency-hg-lanhdao") + "}}"), ROUTING);
        refused(leader.post(start + "/submit-form", "{\"variables\":{" + plan + ",\"" + ROUTING + "\":"
                + string("agency-hg-lanhdao") + "}}"), ROUTING);
        refused(leader.post(start + "/start", "{\"variables\":{" + plan + "},\"startInstructions\":[{\"type\":"
                + "\"startBeforeActivity\",\"activityId\":\"" + CampaignLifecycleProcess.TASK_APPROVE_PLANS + "\"}]}"), "start instructions");
        refused(leader.post(start + "/start", "{\"variables\":{}}"), "Kế hoạch");
        refused(leader.post(start + "/start", "{\"variables\":{\"planCode\":" + string("ke-hoach-khac") + "}}"),
                "ke-hoach-khac");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);

        HttpResponse<String> started = leader.post(start + "/submit-form", "{\"variables\":{" + plan + "}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }

    private long variableRows() {
        return jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ = ?", Long.class,
                instance);
    }

    private static void refused(HttpResponse<String> response, String named) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(400);
        assertThat(response.body()).contains(named);
    }
}
