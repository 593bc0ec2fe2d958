package vn.cdtt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.reporting.PhaseReports;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.TeamEstablishments;

/**
 * The phase review as the lifecycle calls it once a phase's reports are due (its business key, campaign and phase),
 * with verified reports made through the report process: Quảng Trị's pilot (targets 18 commune and 36 village teams;
 * its districts choose 3–5 scale-up communes each, 5–10 village teams per commune) met and scaled up, or missed and
 * remediated; Hậu Giang's July 2022 phase, whose plan has no scale-up rule, sustained.
 */
@ProductTest
class PhaseReviewProcessTest {

    private static final String PROCESS = PhaseReviewProcess.KEY;
    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);
    /** Đông Hà city: its wards Đông Giang and Phường 1 are the pilot; Phường 1 of Quảng Trị town lies outside. */
    private static final String DONG_HA = "461";
    private static final List<String> PILOT = List.of("19330", "19333");
    private static final String OUTSIDE_DONG_HA = "19357";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    PhaseReports reports;
    @Autowired
    PhaseRollUp rollUp;
    @Autowired
    TeamEstablishments establishments;
    @Autowired
    ProcessDays days;

    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void quangTrisAgencies() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                "quang-tri-2022.yaml", false);
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aMetPilotIsScaledUpByEveryDistrictChoosingNewCommunesEachGivenItsTeamProcess() {
        long campaign = quangTriPilot();
        String instance = pilotReview(campaign, 9, 18);

        assertThat(rollUp.resultsOf(campaign, "PILOT", province("45"))).as("counts are summed up to the province")
                .containsExactly(Map.entry("COMMUNE_TEAMS", new BigDecimal("18.00")),
                        Map.entry("VILLAGE_TEAMS", new BigDecimal("36.00")));
        Task review = days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW);
        assertThat(groups(review)).as("the plan's HOLD_PHASE_REVIEW role").containsExactly("agency-qt-ubnd");
        assertThat(review.getDueDate()).as("neither the plan nor the model dates the review").isNull();
        assertThat(runtime.getVariables(instance)).containsEntry("areaName", "Tỉnh Quảng Trị")
                .containsEntry("areaRating", "MET").containsEntry("recommendation", "SCALE_UP")
                .containsEntry("reviewDecision", "SCALE_UP").containsEntry("reportsVerified", 2)
                .containsEntry("reportsExpected", 2).containsEntry("phaseName", "Thí điểm (tháng 5–7/2022)");

        tasks.complete(review.getId(), decision("SCALE_UP", "  Thí điểm đạt mục tiêu; mở rộng  "));
        assertThat(jdbc.queryForMap("select recommended, decision, conclusions, wave from drive.phase_review"
                + " where campaign_id = ?", campaign)).containsEntry("recommended", "SCALE_UP")
                .containsEntry("decision", "SCALE_UP").containsEntry("conclusions", "Thí điểm đạt mục tiêu; mở rộng")
                .containsEntry("wave", 1);

        List<Task> selections = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES).list();
        assertThat(selections).as("9 districts with communes; the island district Cồn Cỏ has none").hasSize(9);
        List<Long> chosen = new ArrayList<>();
        for (Task selection : selections) {
            AdminUnit district = units.findById(chooser(selection)).orElseThrow();
            assertThat(groups(selection)).as("the plan's SELECT_PILOT role for the district")
                    .containsExactly("agency-qt-ubnd-" + district.getCode());
            assertThat(selection.getDueDate()).isNull();
            assertThat(runtime.getVariable(selection.getExecutionId(), "chooserName"))
                    .isEqualTo(district.getFullName());
            List<AdminUnit> fresh = units.findChildren(district).stream()
                    .filter(c -> !PILOT.contains(c.getCode())).limit(3).toList();
            tasks.complete(selection.getId(), Map.of("pilotCommunes",
                    String.join(", ", fresh.stream().map(AdminUnit::getCode).toList())));
            fresh.forEach(c -> chosen.add(c.getId()));
        }
        assertThat(wave(campaign, 1)).as("nothing starts before the save point runs").isEmpty();
        days.runDueJobs(instance);

        assertThat(wave(campaign, 1)).as("one team process per chosen commune, in wave 1")
                .containsExactlyInAnyOrderElementsOf(chosen);
        String someCommune = jdbc.queryForObject("select process_instance_id from drive.team_establishment"
                + " where campaign_id = ? and wave = 1 limit 1", String.class, campaign);
        assertThat(runtime.getVariables(someCommune)).as("the plan's scale-up range of village teams")
                .containsEntry("wave", 1).containsEntry("expectedVillageTeamsMin", 5)
                .containsEntry("expectedVillageTeamsMax", 10);
        assertThat(jdbc.queryForList("select distinct deadline from drive.team_establishment where campaign_id = ?"
                + " and wave = 1", java.sql.Date.class, campaign)).singleElement()
                .satisfies(deadline -> assertThat(deadline.toLocalDate()).as("within the plan's scale-up phase")
                        .isAfter(LocalDate.of(2022, 8, 6)).isBeforeOrEqualTo(LocalDate.of(2022, 10, 31)));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TeamEstablishments.PROCESS)
                .processInstanceBusinessKeyLike(businessKey(campaign) + "/%/1").count()).isEqualTo(27);
        assertThat(runtime.getActiveActivityIds(instance)).as("the review waits for the wave's deadline")
                .containsExactly(PhaseReviewProcess.EVENT_WAVE_DEADLINE_PASSED);
        Date deadline = (Date) runtime.getVariable(instance, PhaseReviewProcess.TEAMS_DEADLINE);
        ProcessDays.at(deadline);
        days.runAllDueJobs(instance);
        // Plan 115 has no training, so the wave ends at its deadline.
        assertEnded(instance, PhaseReviewProcess.EVENT_SCALED_UP);
    }

    @Test
    void aScaleUpChoiceThatIsEmptyTooLargeOutsideTheDistrictOrAlreadyInTheDriveIsRefusedAndChangesNothing() {
        long campaign = quangTriPilot();
        String instance = pilotReview(campaign, 9, 18);
        tasks.complete(days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW).getId(), decision("SCALE_UP",
                "Mở rộng"));
        Task dongHa = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(
                PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES).list().stream()
                .filter(t -> units.findById(chooser(t)).orElseThrow().getCode().equals(DONG_HA)).findFirst()
                .orElseThrow();

        assertChoiceRefused(campaign, dongHa, "", "chọn từ 3 đến 5 xã", "đang chọn 0 xã (pilotCommunes)");
        assertChoiceRefused(campaign, dongHa, "19336, 19339, 19342, 19345, 19348, 19351",
                "đang chọn 6 xã (pilotCommunes)");
        assertChoiceRefused(campaign, dongHa, "19336 19339 " + OUTSIDE_DONG_HA,
                "Xã mã " + OUTSIDE_DONG_HA + " không thuộc Thành phố Đông Hà (pilotCommunes)");
        assertChoiceRefused(campaign, dongHa, "19336,19339,NO-SUCH", "Xã mã NO-SUCH không thuộc");
        assertChoiceRefused(campaign, dongHa, "19336, 19339, " + PILOT.get(0),
                "Phường Đông Giang đã tham gia phong trào", "(pilotCommunes)");

        tasks.complete(dongHa.getId(), Map.of("pilotCommunes", "19336;19339\n19342"));
        assertThat(jdbc.queryForList("select u.code from drive.pilot_selection s join drive.admin_unit u"
                + " on u.id = s.commune_id where s.campaign_id = ? and s.wave = 1 order by u.code", String.class,
                campaign)).containsExactly("19336", "19339", "19342");
    }

    @Test
    void aMissedPilotGoesToTheDigitalDepartmentForARemediationPlan() {
        long campaign = quangTriPilot();
        String instance = pilotReview(campaign, 1, 2);
        assertThat(runtime.getVariables(instance)).containsEntry("areaRating", "NOT_MET")
                .containsEntry("recommendation", "REMEDIATE").containsEntry("reviewDecision", "REMEDIATE");
        assertThat(rollUp.ratingOf(campaign, "PILOT", province("45"))).isEqualTo("NOT_MET");

        Task review = days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW);
        assertReviewRefused(review, decision("EXPAND", "Kết luận"), "reviewDecision: Kết luận \"EXPAND\" không hợp lệ");
        assertReviewRefused(review, decision("REMEDIATE", " \u00a0 "), "reviewConclusions: Bắt buộc phải có giá trị.");
        Map<String, Object> noDecision = new java.util.HashMap<>(decision("REMEDIATE", "Kết luận"));
        noDecision.put("reviewDecision", null);
        assertReviewRefused(review, noDecision, "reviewDecision: Bắt buộc phải có giá trị.");
        tasks.complete(review.getId(), decision("REMEDIATE", "Thí điểm chưa đạt; khắc phục trước khi mở rộng"));

        Task remediation = days.task(instance, PhaseReviewProcess.TASK_PLAN_REMEDIATION);
        assertThat(groups(remediation)).as("the digital department (the plan's PLAN_REMEDIATION role) in 2022")
                .containsExactly("agency-qt-stttt");
        assertThat(remediation.getDueDate()).isNull();
        assertThatThrownBy(() -> tasks.complete(remediation.getId(), Map.of("remediationMeasures", " ",
                "remediationDocument", "x".repeat(301))))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("remediationMeasures: Bắt buộc phải có giá trị.")
                .hasMessageContaining("remediationDocument: Nội dung dài quá 300 ký tự.");
        assertThat(days.task(instance,
                PhaseReviewProcess.TASK_PLAN_REMEDIATION).getId()).isEqualTo(remediation.getId());
        assertThat(remediationOf(campaign)).as("nothing written").isNull();

        tasks.complete(remediation.getId(), Map.of("remediationMeasures", "Tập huấn lại các tổ thí điểm",
                "remediationDocument", "Công văn 456/STTTT"));
        assertThat(remediationOf(campaign)).isEqualTo("Công văn 456/STTTT\nTập huấn lại các tổ thí điểm");
        assertThat(wave(campaign, 1)).as("no scale-up wave").isEmpty();
        assertEnded(instance, PhaseReviewProcess.EVENT_REMEDIATION_PLANNED);
    }

    @Test
    void aPlanWithoutAScaleUpRuleSustainsAndRefusesAScaleUp() {
        long campaign = campaign("hau-giang-2022");
        for (String commune : List.of("31318", "31321")) {
            verifiedReport(campaign, "T7-2022", commune,
                    "[{\"indicator\":\"DIGITAL_SKILL_HOUSEHOLDS\",\"value\":75}]");
        }
        at(2022, 8, 6);
        String instance = startReview(campaign, "T7-2022");
        assertThat(runtime.getVariables(instance)).as("targets met, yet the plan cannot scale up")
                .containsEntry("areaRating", "MET").containsEntry("reviewDecision", "SUSTAIN");

        Task review = days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW);
        assertThat(groups(review)).containsExactly("agency-hg-ubnd");
        assertReviewRefused(review, decision("SCALE_UP", "Mở rộng"),
                "reviewDecision: Kế hoạch không có quy định mở rộng");
        tasks.complete(review.getId(), decision("SUSTAIN", "Duy trì theo kế hoạch"));

        assertThat(jdbc.queryForMap("select decision, wave from drive.phase_review where campaign_id = ?", campaign))
                .containsEntry("decision", "SUSTAIN").containsEntry("wave", null);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
        assertEnded(instance, PhaseReviewProcess.EVENT_SUSTAINED);
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    /** Quảng Trị's drive with Đông Hà's two pilot communes in wave 0, as the lifecycle leaves it. */
    private long quangTriPilot() {
        long campaign = campaign("quang-tri-115");
        at(2022, 6, 20);
        for (String commune : PILOT) {
            establishments.start(campaign, commune(commune), 0, LocalDate.of(2022, 7, 31), new Range(2, 2));
        }
        return campaign;
    }

    /**
     * Both pilot communes report these team counts, and the review opens when the lifecycle opens it: the day after
     * the reports' due date (5 August) and the plan's escalation offset of one day.
     */
    private String pilotReview(long campaign, int communeTeams, int villageTeams) {
        for (String commune : PILOT) {
            verifiedReport(campaign, "PILOT", commune, "[{\"indicator\":\"COMMUNE_TEAMS\",\"value\":" + communeTeams
                    + "},{\"indicator\":\"VILLAGE_TEAMS\",\"value\":" + villageTeams + "}]");
        }
        at(2022, 8, 6);
        return startReview(campaign, "PILOT");
    }

    /** A unit's report worked through its process before the due date: submitted, accepted, stored. */
    private void verifiedReport(long campaign, String phase, String commune, String values) {
        at(2022, 8, 1);
        String report = reports.start(campaign, phase, commune(commune));
        tasks.complete(days.task(report, PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT).getId(),
                Map.of("values", SpinValues.jsonValue(values).create()));
        tasks.complete(days.task(report, PhaseReportProcess.TASK_VERIFY_PHASE_REPORT).getId(), Map.of("verdict",
                "accept"));
        days.runDueJobs(report);
    }

    /** As the lifecycle calls it: the drive's business key, the campaign and the phase; then the roll-up runs. */
    private String startReview(long campaign, String phase) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, businessKey(campaign),
                Map.of("campaignId", campaign, "phaseCode", phase)).getId();
        assertThat(days.task(instance,
                PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW)).as("the roll-up waits for its save point").isNull();
        days.runDueJobs(instance);   // before the roll-up
        days.runDueJobs(instance);   // after it
        return instance;
    }

    private void assertChoiceRefused(long campaign, Task selection, String communes, String... messages) {
        List<Long> before = wave(campaign, 1);
        assertThatThrownBy(() -> tasks.complete(selection.getId(), Map.of("pilotCommunes", communes)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messages));
        assertThat(tasks.createTaskQuery().taskId(selection.getId()).count()).as("the task stays open").isOne();
        assertThat(jdbc.queryForObject("select count(*) from drive.pilot_selection where campaign_id = ? and wave > 0",
                Integer.class, campaign)).as("no commune chosen").isZero();
        assertThat(wave(campaign, 1)).isEqualTo(before);
    }

    private void assertReviewRefused(Task review, Map<String, Object> form, String message) {
        assertThatThrownBy(() -> tasks.complete(review.getId(), form))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Kết luận sơ kết, tổng kết chưa đúng, chưa lưu:").hasMessageContaining(message);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isOne();
        long campaign = ((Number) runtime.getVariable(review.getProcessInstanceId(), "campaignId")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from drive.phase_review where campaign_id = ?", Integer.class,
                campaign)).as("nothing recorded").isZero();
    }

    private static Map<String, Object> decision(String decision, String conclusions) {
        return Map.of("reviewDecision", decision, "reviewConclusions", conclusions);
    }

    private void assertEnded(String instance, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("noneEndEvent").list()).extracting(HistoricActivityInstance::getActivityId)
                .containsExactly(endEvent);
    }

    private List<Long> wave(long campaign, int wave) {
        return jdbc.queryForList("select commune_id from drive.team_establishment where campaign_id = ? and wave = ?"
                + " order by commune_id", Long.class, campaign, wave);
    }

    private String remediationOf(long campaign) {
        return jdbc.queryForObject("select remediation from drive.phase_review where campaign_id = ?", String.class,
                campaign);
    }

    private long chooser(Task selection) {
        return ((Number) runtime.getVariable(selection.getExecutionId(), "chooserUnitId")).longValue();
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private long campaign(String plan) {
        return campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(plan).orElseThrow(),
                plan + "-review-" + run)).getId();
    }

    private String businessKey(long campaign) {
        return campaigns.findById(campaign).orElseThrow().getBusinessKey();
    }

    private long commune(String code) {
        return units.findValidOn(AdminLevel.COMMUNE, code, IN_2022).orElseThrow().getId();
    }

    private long province(String code) {
        return units.findValidOn(AdminLevel.PROVINCE, code, IN_2022).orElseThrow().getId();
    }
}
