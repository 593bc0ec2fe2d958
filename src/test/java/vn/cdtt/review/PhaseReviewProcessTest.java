package vn.cdtt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import vn.cdtt.plan.PlanService;
import vn.cdtt.reporting.PhaseReports;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.TeamEstablishments;

/**
 * The phase review as the lifecycle calls it once a phase's reports are due (its business key, campaign and phase),
 * with verified reports made through the report process. Plan 115 as shipped: each Quảng Trị district sums up its own
 * pilot and decides its own scale-up of 3–5 communes (5–10 village teams each), due 31/10/2022. A variant where the
 * province holds the review (targets 18 commune and 36 village teams) and the digital department plans remediation:
 * met and scaled up by every district, or missed and remediated. Hậu Giang's July 2022 phase, whose plan has no
 * scale-up rule, sustained.
 */
@ProductTest
class PhaseReviewProcessTest {

    private static final String PROCESS = PhaseReviewProcess.KEY;
    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);
    /** Đông Hà city: its wards Đông Giang and Phường 1 are the pilot; Phường 1 of Quảng Trị town lies outside. */
    private static final String DONG_HA = "461";
    private static final List<String> PILOT = List.of("19330", "19333");
    private static final String OUTSIDE_DONG_HA = "19357";
    /** Plan 115 with the review held by the province and a remediation step, as other provinces plan it. */
    private static final String PROVINCE_REVIEWED = "quang-tri-province-review";

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
    PlanService planService;
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
        String plan = new ClassPathResource("plans/quang-tri-115.yaml").getContentAsString(StandardCharsets.UTF_8)
                .replace("code: quang-tri-115", "code: " + PROVINCE_REVIEWED)
                .replace("HOLD_PHASE_REVIEW: { role: DISTRICT_COMMITTEE }",
                        "HOLD_PHASE_REVIEW: { role: PROVINCIAL_LEADERSHIP }\n  PLAN_REMEDIATION: { role: DIGITAL_DEPT }");
        planService.load(plan.getBytes(StandardCharsets.UTF_8), PROVINCE_REVIEWED + ".yaml");
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aMetPilotIsScaledUpByEveryDistrictChoosingNewCommunesEachGivenItsTeamProcess() {
        long campaign = quangTriPilot(PROVINCE_REVIEWED);
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
                    communes(fresh.stream().map(AdminUnit::getCode).toArray(String[]::new))));
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
                .satisfies(deadline -> assertThat(deadline.toLocalDate()).as("the plan's scale-up deadline")
                        .isEqualTo(LocalDate.of(2022, 10, 31)));
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
        long campaign = quangTriPilot(PROVINCE_REVIEWED);
        String instance = pilotReview(campaign, 9, 18);
        tasks.complete(days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW).getId(), decision("SCALE_UP",
                "Mở rộng"));
        Task dongHa = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(
                PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES).list().stream()
                .filter(t -> units.findById(chooser(t)).orElseThrow().getCode().equals(DONG_HA)).findFirst()
                .orElseThrow();

        String field = "ô \"Các xã được chọn\"";
        assertChoiceRefused(campaign, dongHa, communes(), "chọn từ 3 đến 5 xã", "đang chọn 0 xã ở " + field);
        assertChoiceRefused(campaign, dongHa, communes("19336", "19339", "19342", "19345", "19348", "19351"),
                "đang chọn 6 xã ở " + field);
        assertChoiceRefused(campaign, dongHa, communes("19336", "19339", OUTSIDE_DONG_HA),
                "Xã mã " + OUTSIDE_DONG_HA + " không thuộc Thành phố Đông Hà (" + field + ")");
        assertChoiceRefused(campaign, dongHa, communes("19336", "19339", "NO-SUCH"), "Xã mã NO-SUCH không thuộc");
        assertChoiceRefused(campaign, dongHa, communes("19336", "19339", PILOT.get(0)),
                "Phường Đông Giang đã tham gia phong trào", field);
        assertChoiceRefused(campaign, dongHa, "19336, 19339, 19342", "Hãy chọn các xã trong danh sách ở " + field);
        assertThat(runtime.getVariable(dongHa.getExecutionId(), "communeOptions").toString())
                .as("the pick list by name, without the communes already in the drive")
                .contains("\"19336\"", "Phường Đông Lễ").doesNotContain(PILOT.get(0));

        tasks.complete(dongHa.getId(), Map.of("pilotCommunes", communes("19336", "19339", "19342")));
        assertThat(jdbc.queryForList("select u.code from drive.pilot_selection s join drive.admin_unit u"
                + " on u.id = s.commune_id where s.campaign_id = ? and s.wave = 1 order by u.code", String.class,
                campaign)).containsExactly("19336", "19339", "19342");
    }

    @Test
    void eachQuangTriDistrictSumsUpItsOwnPilotAndDecidesItsOwnScaleUp() {
        long campaign = quangTriPilot("quang-tri-115");
        // Targets missed: under Plan 115 the districts still decide; there is no provincial remediation.
        String instance = pilotReview(campaign, 1, 2);
        assertThat(days.task(instance, PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW)).as("no provincial review")
                .isNull();
        List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW).list();
        assertThat(reviews).as("one review per district with communes").hasSize(9);
        Task dongHa = null;
        Task camLo = null;
        for (Task review : reviews) {
            AdminUnit district = units.findById(((Number) runtime.getVariable(review.getExecutionId(),
                    PhaseReviewProcess.DISTRICT_UNIT_ID)).longValue()).orElseThrow();
            assertThat(groups(review)).as("the plan's HOLD_PHASE_REVIEW role: the district's own committee")
                    .containsExactly("unit-vn2022-" + district.getCode()).containsExactly(district.groupId());
            assertThat(runtime.getVariable(review.getExecutionId(), "districtName"))
                    .isEqualTo(district.getFullName());
            assertThat(runtime.getVariable(review.getExecutionId(), "scaleUpRange")).isEqualTo("3–5");
            dongHa = district.getCode().equals(DONG_HA) ? review : dongHa;
            camLo = district.getFullName().equals("Huyện Cam Lộ") ? review : camLo;
        }
        assertThat(runtime.getVariable(dongHa.getExecutionId(), "districtReports"))
                .as("Đông Hà's two pilot communes reported and were verified").isEqualTo("2/2");
        assertThat(runtime.getVariable(camLo.getExecutionId(), "districtReports")).isEqualTo("0/0");

        Task reviewOfDongHa = dongHa;
        String field = "ở ô \"Các xã được chọn\"";
        assertDistrictReviewRefused(campaign, reviewOfDongHa, Map.of("reviewConclusions", "Đã sơ kết"),
                "Hãy chọn có nhân rộng hay không ở ô \"Kết luận về nhân rộng\"");
        assertDistrictReviewRefused(campaign, reviewOfDongHa, Map.of("reviewDecision", "SCALE_UP",
                "pilotCommunes", communes("19336", "19339", "19342"), "reviewConclusions", " "),
                "ở ô \"Kết quả sơ kết, đánh giá\"");
        assertDistrictReviewRefused(campaign, reviewOfDongHa, Map.of("reviewDecision", "SCALE_UP",
                "pilotCommunes", communes("19336", "19339"), "reviewConclusions", "Đã sơ kết"),
                "đang chọn 2 xã " + field);
        assertDistrictReviewRefused(campaign, reviewOfDongHa, Map.of("reviewDecision", "SCALE_UP",
                "pilotCommunes", "19336, 19339, 19342", "reviewConclusions", "Đã sơ kết"),
                "Hãy chọn các xã trong danh sách " + field);

        tasks.complete(dongHa.getId(), Map.of("reviewDecision", "SCALE_UP", "pilotCommunes",
                communes("19336", "19339", "19342"), "reviewConclusions", "Thí điểm có kết quả; nhân rộng 3 xã"));
        assertThat(runtime.getVariable(camLo.getExecutionId(), "reviewDecision"))
                .as("one district's answer never pre-fills another's").isNull();
        for (Task review : tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW).list()) {
            tasks.complete(review.getId(), Map.of("reviewDecision", "SUSTAIN", "reviewConclusions",
                    "Chưa nhân rộng; củng cố các tổ thí điểm"));
        }
        assertThat(jdbc.queryForList("select decision || ':' || coalesce(wave, 0) || ':' || count(*)"
                + " from drive.district_review where campaign_id = ? group by decision, wave order by decision",
                String.class, campaign)).as("Đông Hà scales up in wave 1; the eight others decline")
                .containsExactly("SCALE_UP:1:1", "SUSTAIN:0:8");
        days.runDueJobs(instance);
        assertThat(wave(campaign, 1)).as("only Đông Hà's three communes start founding teams")
                .containsExactlyInAnyOrderElementsOf(List.of(commune("19336"), commune("19339"), commune("19342")));
        assertThat(jdbc.queryForList("select distinct deadline from drive.team_establishment where campaign_id = ?"
                + " and wave = 1", java.sql.Date.class, campaign)).singleElement()
                .satisfies(deadline -> assertThat(deadline.toLocalDate()).as("the plan's scale-up deadline")
                        .isEqualTo(LocalDate.of(2022, 10, 31)));
        ProcessDays.at((Date) runtime.getVariable(instance, PhaseReviewProcess.TEAMS_DEADLINE));
        days.runAllDueJobs(instance);
        assertEnded(instance, PhaseReviewProcess.EVENT_SCALED_UP);
    }

    @Test
    void aDistrictReviewInAPeriodThePlanGivesToEvaluationRecordsFindingsOnly() {
        long campaign = quangTriPilot("quang-tri-115");
        at(2022, 11, 6);
        String instance = startReview(campaign, "SCALE-UP");
        List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW).list();
        assertThat(reviews).hasSize(9);
        Task first = reviews.get(0);
        assertThat(runtime.getVariable(first.getExecutionId(), "scaleUpAllowed")).isEqualTo(false);
        assertDistrictReviewRefused(campaign, first, Map.of("reviewDecision", "SCALE_UP", "pilotCommunes",
                communes("19336", "19339", "19342"), "reviewConclusions", "Nhân rộng thêm"),
                "Kế hoạch không cho nhân rộng khi sơ kết Nhân rộng (tháng 8–10/2022)");
        for (Task review : reviews) {
            tasks.complete(review.getId(), Map.of("reviewConclusions", "Đã sơ kết đợt nhân rộng"));
        }
        assertThat(jdbc.queryForObject("select count(*) from drive.district_review where campaign_id = ?"
                + " and decision = 'SUSTAIN' and wave is null", Integer.class, campaign)).isEqualTo(9);
        assertThat(wave(campaign, 1)).isEmpty();
        assertEnded(instance, PhaseReviewProcess.EVENT_DISTRICT_REVIEWS_HELD);
    }

    @Test
    void aMissedPilotGoesToTheDigitalDepartmentForARemediationPlan() {
        long campaign = quangTriPilot(PROVINCE_REVIEWED);
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
                    "[{\"indicator\":\"AWARE_HOUSEHOLDS\",\"value\":75}]");
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
    private long quangTriPilot(String plan) {
        long campaign = campaign(plan);
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

    private void assertChoiceRefused(long campaign, Task selection, Object communes, String... messages) {
        List<Long> before = wave(campaign, 1);
        assertThatThrownBy(() -> tasks.complete(selection.getId(), Map.of("pilotCommunes", communes)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messages));
        assertThat(tasks.createTaskQuery().taskId(selection.getId()).count()).as("the task stays open").isOne();
        assertThat(jdbc.queryForObject("select count(*) from drive.pilot_selection where campaign_id = ? and wave > 0",
                Integer.class, campaign)).as("no commune chosen").isZero();
        assertThat(wave(campaign, 1)).isEqualTo(before);
    }

    private void assertDistrictReviewRefused(long campaign, Task review, Map<String, Object> form, String message) {
        assertThatThrownBy(() -> tasks.complete(review.getId(), form))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isOne();
        assertThat(jdbc.queryForObject("select count(*) from drive.district_review where campaign_id = ?",
                Integer.class, campaign)).as("no review recorded").isZero();
        assertThat(jdbc.queryForObject("select count(*) from drive.pilot_selection where campaign_id = ? and wave > 0",
                Integer.class, campaign)).as("no commune chosen").isZero();
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

    /** The pick list's answer as Tasklist submits it: a JSON list of commune codes. */
    private static Object communes(String... codes) {
        return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(codes).toString())
                .create();
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
