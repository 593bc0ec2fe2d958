package vn.cdtt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.day;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.engine.Variables;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.TeamEstablishments;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * The lifecycle's start on the engine: the plan's stages open side by side (assignments, founding, launch,
 * reporting), the approval loop, pilot choice, the fan-out to communes, and the refusals at the start.
 */
@ProductTest
class CampaignLifecycleProcessTest {

    private static final String PROCESS = CampaignLifecycleProcess.KEY;

    @Autowired
    vn.cdtt.plan.PlanService planService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ProcessDays days;
    @Autowired
    IdentityService identity;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void hauGiangsAssignmentsGoToTheirOwnersWhileTheCommunesAlreadyFoundTeams() {
        ProcessDays.at(2022, 5, 30);
        String instance = start("hau-giang-2022");
        // C1: founding does not wait for the drafts; every commune is asked on the drive's first day.
        long campaign = campaignOf(instance);
        long started = System.nanoTime();
        days.runAllDueJobs(instance);
        double seconds = (System.nanoTime() - started) / 1e9;
        int communes = count(campaign);
        System.out.printf("FAN-OUT hau-giang-2022: %d team-establishment instances in %.2f s (%.0f/s)%n", communes,
                seconds, communes / seconds);
        assertThat(communes).isEqualTo(75);
        Map<String, Task> assignments = openTasks(instance, CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT);
        assertThat(assignments.keySet()).as("each assignment under the plan's own name").containsExactlyInAnyOrder(
                "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng",
                "Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua",
                "Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã",
                "Triển khai thanh toán không dùng tiền mặt");
        Task decision = assignments.get("Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng");
        assertThat(groups(decision)).as("the Sở TT&TT with Home Affairs, as the directive says (with:)")
                .containsExactly("agency-hg-stttt", "agency-hg-snv");
        assertThat(decision.getDueDate()).isEqualTo(day(2022, 5, 31));
        assertThat(decision.getDescription()).as("the directive dates the founding (May), not the draft").isEqualTo(
                "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng trình UBND tỉnh\n\nHạn 31/05/2022 là ngày do hệ"
                        + " thống giả định: Chỉ thị yêu cầu triển khai thành lập tổ trong tháng 5/2022 nhưng không nêu"
                        + " hạn dự thảo quyết định; hệ thống lấy ngày cuối tháng 5 (31/5/2022).");
        Task emulationPlan = assignments.get("Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua");
        assertThat(groups(emulationPlan)).containsExactly("agency-hg-stttt", "agency-hg-snv");
        assertThat(emulationPlan.getDescription()).as("the directive gives no date: the official sees it is assumed")
                .contains("Hạn 31/05/2022 là ngày do hệ thống giả định: Chỉ thị yêu cầu khẩn trương");
        Task steering = tasks.createTaskQuery().taskDefinitionKey(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE)
                .processVariableValueEquals("campaignId", campaign).listPage(0, 1).get(0);
        assertThat(steering.getDescription()).contains("Hạn 30/06/2022 là ngày do hệ thống giả định",
                "Ban Chỉ đạo chuyển đổi số cấp xã");
        assertThat(groups(assignments.get("Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã")))
                .containsExactly("agency-hg-snv");
        Task cashless = assignments.get("Triển khai thanh toán không dùng tiền mặt");
        assertThat(groups(cashless)).containsExactly("agency-hg-nhnn");
        assertThat(cashless.getDueDate()).isEqualTo(day(2022, 6, 15));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TeamEstablishments.PROCESS)
                .variableValueEquals("campaignId", campaign).count()).isEqualTo(75);
        assertThat(runtime.getActiveActivityIds(instance)).as("the stages side by side").contains(
                CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT, CampaignLifecycleProcess.EVENT_PILOT_DEADLINE_PASSED,
                CampaignLifecycleProcess.TASK_LAUNCH_DRIVE, CampaignLifecycleProcess.EVENT_PHASE_REPORTS_OPEN);

        // The co-owner acts on the task itself: Home Affairs, signed in, submits the establishment decision.
        identity.setAuthentication("hg-snv", identity.createGroupQuery().groupMember("hg-snv").list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList(), List.of(decision.getTenantId()));
        try {
            tasks.complete(decision.getId(), Map.of("documentReference", "Dự thảo QĐ thành lập tổ (Sở Nội vụ)",
                    "summary", "Thành phần, nhiệm vụ của tổ"));
        } finally {
            identity.clearAuthentication();
        }
        assignments.values().stream().filter(t -> !t.getId().equals(decision.getId())).forEach(this::submitDraft);
        assertThat(jdbc.queryForObject("select submitted_by from drive.assignment_deliverable where campaign_id = ?"
                + " and assignment_code = 'DRAFT_ESTABLISHMENT_DECISION'", String.class, campaign)).isEqualTo("hg-snv");

        Task approval = days.task(instance, CampaignLifecycleProcess.TASK_APPROVE_PLANS);
        assertThat(groups(approval)).containsExactly("agency-hg-ubnd");
        String table = String.valueOf(tasks.getVariable(approval.getId(), CampaignLifecycleProcess.DELIVERABLES));
        assertThat(table).as("the approver sees every deliverable, not the last one submitted").contains(
                "Dự thảo QĐ thành lập tổ (Sở Nội vụ)",
                "Dự thảo Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua",
                "Dự thảo Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã",
                "Dự thảo Triển khai thanh toán không dùng tiền mặt");
        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("decision", "return",
                "comments", "Bổ sung")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("chọn ít nhất một sản phẩm ở ô \"Trả lại các sản phẩm\"");
        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("decision", "return",
                "comments", "Bổ sung", "returnedAssignments", Variables.json(List.of("NOT_IN_PLAN")))))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("\"NOT_IN_PLAN\"");
        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("decision", "return",
                "returnedAssignments", Variables.json(List.of("PROPOSE_IT_STAFFING")))))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Ý kiến chỉnh sửa");
        assertThat(statuses(campaign)).as("a refused decision changes nothing").containsOnly("SUBMITTED");
        tasks.complete(approval.getId(), Map.of("decision", "return", "comments", "Bổ sung tiêu chí thi đua",
                "returnedAssignments", Variables.json(List.of("PROPOSE_IT_STAFFING", "DRAFT_EMULATION_PLAN"))));

        Map<String, Task> revisions = openTasks(instance, CampaignLifecycleProcess.TASK_REVISE_DRAFTS);
        assertThat(revisions).as("each returned deliverable goes back to its own owners").hasSize(2);
        Task staffing = revisions.get("Chỉnh sửa theo ý kiến lãnh đạo: "
                + "Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã");
        assertThat(groups(staffing)).containsExactly("agency-hg-snv");
        assertThat(staffing.getDescription()).isEqualTo("Bổ sung tiêu chí thi đua");
        assertThat(groups(revisions.get("Chỉnh sửa theo ý kiến lãnh đạo: "
                + "Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua")))
                .containsExactly("agency-hg-stttt", "agency-hg-snv");
        assertThat(statuses(campaign)).containsExactly("RETURNED", "SUBMITTED", "SUBMITTED", "RETURNED");
        assertThatThrownBy(() -> tasks.complete(staffing.getId(), Map.of("documentReference", " ")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("\"Văn bản\"");
        revisions.values().forEach(this::submitDraft);

        Task again = days.task(instance, CampaignLifecycleProcess.TASK_APPROVE_PLANS);
        assertThat(jdbc.queryForList("select revision from drive.assignment_deliverable where campaign_id = ?"
                + " order by assignment_code", Integer.class, campaign)).containsExactly(2, 1, 1, 2);
        assertThatThrownBy(() -> tasks.complete(again.getId(), Map.of("decision", "approve")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Số văn bản ban hành");
        tasks.complete(again.getId(), Map.of("decision", "approve", "decisionNumber", "1234/QĐ-UBND"));
        assertThat(runtime.getActiveActivityIds(instance)).doesNotContain(CampaignLifecycleProcess.TASK_APPROVE_PLANS,
                CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT, CampaignLifecycleProcess.TASK_REVISE_DRAFTS);
        assertThat(statuses(campaign)).containsOnly("APPROVED");
    }

    @Test
    void aDriveWhoseDaysHavePassedIsRefusedNamingThemAndLeavesNothingBehind() {
        ProcessDays.at(2022, 6, 1);
        long before = campaigns.count();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, "late-" + run,
                Map.of("planCode", "hau-giang-2022")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("hôm nay là 01/06/2022")
                .hasMessageContaining("hạn nhiệm vụ \"Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng\" 31/05/2022")
                .hasMessageContaining("đã dời");
        assertThat(campaigns.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("late-" + run).count()).isZero();

        // The day before the first due day, the same plan starts.
        ProcessDays.at(2022, 5, 31);
        assertThat(runtime.startProcessInstanceByKey(PROCESS, "in-time-" + run, Map.of("planCode",
                "hau-giang-2022")).getId()).isNotNull();
    }

    @Test
    void quangTrisDistrictsEachChooseTwoPilotCommunesThenEachGetsItsTeamProcess() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                "quang-tri-2022.yaml", false);
        ProcessDays.at(2022, 6, 15);
        String instance = start("quang-tri-115");
        days.runAllDueJobs(instance); // founding opens on the drive's first day
        assertThat(openTasks(instance, CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT)).as("Plan 115 has no"
                + " preparatory assignments, so nothing waits for them").isEmpty();

        List<Task> selections = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES).list();
        assertThat(selections).as("9 districts with communes; the island district Cồn Cỏ has none").hasSize(9);
        boolean refusedOnce = false;
        for (Task selection : selections) {
            long district = ((Number) runtime.getVariable(selection.getExecutionId(), "chooserUnitId")).longValue();
            AdminUnit unit = units.findById(district).orElseThrow();
            assertThat(groups(selection)).containsExactly("agency-qt-ubnd-" + unit.getCode());
            List<String> communes = codesOfCommunes(unit);
            if (!refusedOnce) {
                assertThatThrownBy(() -> tasks.complete(selection.getId(), Map.of("pilotCommunes",
                        pickList(communes.subList(0, 3))))).hasRootCauseInstanceOf(
                        BadUserRequestException.class).hasMessageContaining("yêu cầu chọn 2 xã");
                refusedOnce = true;
            }
            tasks.complete(selection.getId(), Map.of("pilotCommunes", pickList(communes.subList(0, 2))));
        }

        long campaign = campaignOf(instance);
        days.runDueJobs(instance);
        assertThat(count(campaign)).isEqualTo(18);
        assertThat(runtime.createVariableInstanceQuery().variableName("expectedVillageTeamsMin")
                .processInstanceIdIn(runtime.createProcessInstanceQuery().processDefinitionKey(
                        TeamEstablishments.PROCESS).variableValueEquals("campaignId", campaign).list().stream()
                        .map(p -> p.getId()).toArray(String[]::new)).list())
                .hasSize(18).allSatisfy(v -> assertThat(v.getValue()).isEqualTo(2));
    }

    @Test
    void aPlanWhoseRolesHaveNoAgencyCannotStartAndLeavesNothingBehind() throws IOException {
        ProcessDays.at(2022, 4, 1);
        // Cần Thơ's plan moved to Hà Nội, where no test loads an organisation.
        String orphan = "orphan-" + run;
        planService.load(new String(new ClassPathResource("plans/can-tho-1170.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("code: can-tho-1170", "code: " + orphan)
                .replace("province: \"92\"", "province: \"01\"").getBytes(StandardCharsets.UTF_8), orphan + ".yaml");
        long before = campaigns.count();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, "pn-" + run,
                Map.of("planCode", orphan)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("không có cơ quan");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, "xx-" + run,
                Map.of("planCode", "no-such-plan")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("no-such-plan");
        assertThat(campaigns.count()).isEqualTo(before);
    }

    private String start(String plan) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, plan + "-" + run, Map.of("planCode", plan))
                .getId();
        days.runDueJobs(instance); // the save point after opening the campaign
        return instance;
    }

    /** A pick list's answer as Tasklist submits it: a JSON list of the chosen values. */
    private static Object pickList(List<String> codes) {
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(codes).toString()).create();
    }

    private void submitDraft(Task task) {
        tasks.complete(task.getId(), Map.of("documentReference", "Dự thảo " + task.getName(),
                "summary", "Nội dung chính của dự thảo"));
    }

    /** The instance's open tasks of one kind, by name. */
    private Map<String, Task> openTasks(String instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list().stream()
                .collect(Collectors.toMap(Task::getName, t -> t));
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
        days.endDrives("%-" + run + "%");
    }

    /** The deliverables' statuses, by assignment code. */
    private List<String> statuses(long campaign) {
        return jdbc.queryForList("select status from drive.assignment_deliverable where campaign_id = ?"
                + " order by assignment_code", String.class, campaign);
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private long campaignOf(String instance) {
        return ((Number) runtime.getVariable(instance, "campaignId")).longValue();
    }

    private int count(long campaign) {
        return jdbc.queryForObject("select count(*) from drive.team_establishment where campaign_id = ?",
                Integer.class, campaign);
    }

    private List<String> codesOfCommunes(AdminUnit district) {
        return units.findChildren(district).stream().map(AdminUnit::getCode).toList();
    }
}
