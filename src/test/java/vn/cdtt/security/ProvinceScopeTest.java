package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.dashboard.CampaignDashboard;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.organization.PasswordSetter;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.CampaignWalker;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.flow.TeamEstablishmentProcess;
import vn.cdtt.tenancy.TenantBackfill;

/**
 * Each province sees only its own drives: Hậu Giang's (demo, 2022; merged into Cần Thơ in 2025, so tenant
 * province-92) and Quảng Trị's (2022; tenant province-44 since the 2025 merger with Quảng Bình). Through real HTTP on
 * /engine-rest and the product's /api, as the provinces' leaders.
 */
@ProductTest
class ProvinceScopeTest {

    private static final String LIFECYCLE = CampaignLifecycleProcess.KEY;
    private static final String HG_LEADER = DemoAccounts.LEADER;
    private static final String QT_LEADER = "qt-lanhdao";
    private static final String QT_DEPT = "qt-stttt";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Test@Kiemthu-2026";
    /** A commune of Quảng Trị in 2022 (Phường Đông Giang, Đông Hà). */
    private static final String QT_COMMUNE = "19330";

    @Autowired
    TestRestTemplate http;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    PasswordSetter passwords;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TenantBackfill backfill;
    @Autowired
    CampaignDashboard dashboard;
    @Autowired
    HistoryService history;
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanService planService;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageRepository villages;
    @Autowired
    VillageImportService villageImport;

    @Autowired
    ProcessDays days;

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
        days.endDrives("%-tenancy-%");
        days.endDrives("%-old-%");
    }

    @BeforeEach
    void aSecondProvincesOrganisation() throws Exception {
        ProcessDays.at(2022, 5, 30); // Hậu Giang's plan is started on its issue date, before its days pass
        for (String file : List.of("quang-tri-2022.yaml", "quang-tri-2022-officials.yaml")) {
            organization.importYaml(new ClassPathResource("organizations/" + file).getContentAsByteArray(), file,
                    false);
        }
        passwords.setPassword(QT_LEADER, DemoAccounts.PASSWORD);
        passwords.setPassword(QT_DEPT, DemoAccounts.PASSWORD);
    }

    @Test
    void aLeaderOfAnotherProvinceSeesNoneOfADrivesInstancesTasksVariablesHistoryOrJobs() {
        String drive = startOverRest(HG_LEADER, "hau-giang-2022").getBody().get("id").toString();
        assertThat(tenantOf(drive)).isEqualTo("province-92");
        assertSeenOnlyBy(jobsOf(drive), HG_LEADER, QT_LEADER);
        runJobs(drive); // the save point after opening: the drafting tasks follow

        for (String query : engineQueries(drive)) {
            assertThat(list(HG_LEADER, query)).as("own province: " + query).isNotEmpty();
            assertThat(list(QT_LEADER, query)).as("other province: " + query).isEmpty();
            assertThat(list(QT_DEPT, query)).as("other province's department: " + query).isEmpty();
            assertThat(list(ADMIN, query)).as("administrator: " + query).isNotEmpty();
        }
        String task = tasks.createTaskQuery().processInstanceId(drive).list().get(0).getId();
        for (String path : List.of("/engine-rest/task/" + task, "/engine-rest/task/" + task + "/variables",
                "/engine-rest/task/" + task + "/form-variables")) {
            assertThat(get(QT_LEADER, path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(HG_LEADER, path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(get(QT_LEADER, "/engine-rest/process-instance/" + drive).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(QT_LEADER, "/engine-rest/process-instance/" + drive + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void cockpitsStatisticsCountOnlyTheOwnProvincesInstances() {
        String drive = startOverRest(HG_LEADER, "hau-giang-2022").getBody().get("id").toString();
        String definition = runtime.createProcessInstanceQuery().processInstanceId(drive).singleResult()
                .getProcessDefinitionId();
        long visibleToQuangTri = runtime.createProcessInstanceQuery().processDefinitionId(definition)
                .withoutTenantId().count()
                + runtime.createProcessInstanceQuery().processDefinitionId(definition).tenantIdIn("province-44").count();
        long all = runtime.createProcessInstanceQuery().processDefinitionId(definition).count();

        assertThat(instancesInStatistics(QT_LEADER, definition)).isEqualTo(visibleToQuangTri).isLessThan(all);
        assertThat(instancesInStatistics(ADMIN, definition)).isEqualTo(all);
    }

    @Test
    void aLeaderCannotStartAnotherProvincesPlanAndNothingIsCreated() {
        long campaigns = jdbc.queryForObject("select count(*) from drive.campaign", Long.class);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count();

        ResponseEntity<Map> refused = startOverRest(QT_LEADER, "hau-giang-2022");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").toString())
                .contains("hau-giang-2022", "planCode", "thuộc tỉnh, thành phố khác");
        assertThat(jdbc.queryForObject("select count(*) from drive.campaign", Long.class)).isEqualTo(campaigns);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count()).isEqualTo(instances);
    }

    @Test
    void eachProvinceStartsAndSeesItsOwnDriveAndNotTheOthers() {
        ResponseEntity<Map> started = startOverRest(QT_LEADER, "quang-tri-115");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String drive = started.getBody().get("id").toString();
        assertThat(tenantOf(drive)).isEqualTo("province-44");
        assertSeenOnlyBy(jobsOf(drive), QT_LEADER, HG_LEADER);
        runJobs(drive);

        for (String query : engineQueries(drive)) {
            assertThat(list(QT_LEADER, query)).as("own province: " + query).isNotEmpty();
            assertThat(list(HG_LEADER, query)).as("other province: " + query).isEmpty();
        }
    }

    @Test
    void aDriveStartedBeforeTenantsIsMovedToItsProvinceByTheBackfill() {
        String drive = startWithoutTenantProvider("hau-giang-2022");
        assertThat(tenantOf(drive)).as("started the old way").isNull();
        String process = "/engine-rest/process-instance?processInstanceIds=" + drive;
        assertThat(list(QT_LEADER, process)).as("before: every province sees it").isNotEmpty();

        assertThat(list(QT_LEADER, jobsOf(drive))).as("before: every province sees its job").isNotEmpty();

        assertThat(backfill.migrateInstances()).isPositive();

        assertThat(tenantOf(drive)).isEqualTo("province-92");
        assertSeenOnlyBy(jobsOf(drive), HG_LEADER, QT_LEADER);
        runJobs(drive); // the drive goes on in its tenant
        assertThat(tasks.createTaskQuery().processInstanceId(drive).list())
                .isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("province-92"));
        for (String query : engineQueries(drive)) {
            assertThat(list(QT_LEADER, query)).as("after, other province: " + query).isEmpty();
            assertThat(list(HG_LEADER, query)).as("after, own province: " + query).isNotEmpty();
        }
        assertThat(backfill.migrateInstances()).as("idempotent").isZero();
    }

    @Test
    void everyInstanceAndDecisionOfAWholeDriveCarriesItsProvincesTenant() {
        String key = "quang-tri-115-tenancy-" + UUID.randomUUID();
        // Each phase review sustains the pilot (no scale-up wave to choose communes for).
        new CampaignWalker(runtime, tasks, management, units, villages,
                villageImport).answer(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW,
                task -> Map.of("reviewDecision", "SUSTAIN", "reviewConclusions", "Kết luận")).walk(
                planService.rulesOf(plans.findFirstByCodeOrderByVersionDesc("quang-tri-115").orElseThrow()), key,
                5_000);

        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(key + "%").list();
        assertThat(instances).extracting(HistoricProcessInstance::getProcessDefinitionKey).contains(LIFECYCLE,
                TeamEstablishmentProcess.KEY, PhaseReportProcess.KEY, PhaseReviewProcess.KEY);
        assertThat(instances).allSatisfy(i -> assertThat(i.getTenantId()).as(i.getProcessDefinitionKey())
                .isEqualTo("province-44"));
        List<HistoricDecisionInstance> decisions = instances.stream().flatMap(i -> history
                .createHistoricDecisionInstanceQuery().processInstanceId(i.getId()).list().stream()).toList();
        assertThat(decisions).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getTenantId()).isEqualTo("province-44"));
    }

    @Test
    void theDrivesStartFormOffersEachLeaderTheirOwnProvincesPlansOnly() {
        String form = "/engine-rest/process-definition/key/" + LIFECYCLE + "/deployed-start-form";
        String quangTri = http.withBasicAuth(QT_LEADER, DemoAccounts.PASSWORD).getForObject(form, String.class);
        assertThat(quangTri).contains("\"value\":\"quang-tri-115\"").doesNotContain("hau-giang-2022",
                "can-tho-1170");
        String hauGiang = http.withBasicAuth(HG_LEADER, DemoAccounts.PASSWORD).getForObject(form, String.class);
        assertThat(hauGiang).contains("\"value\":\"hau-giang-2022\"").doesNotContain("quang-tri-115");
    }

    @Test
    void villagesAreListedForTheOwnProvincesCommunesOnly() {
        ResponseEntity<Map> refused = http.withBasicAuth(QT_LEADER, DemoAccounts.PASSWORD).getForEntity(
                "/api/villages?commune=" + DemoAccounts.COMMUNE_A_CODE + "&asOf=2022-06-01", Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("field", "commune");
        assertThat(refused.getBody().get("detail").toString()).contains(DemoAccounts.COMMUNE_A_CODE,
                "thuộc tỉnh, thành phố khác");

        assertThat(http.withBasicAuth(HG_LEADER, DemoAccounts.PASSWORD).getForEntity(
                "/api/villages?commune=" + DemoAccounts.COMMUNE_A_CODE + "&asOf=2022-06-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth(DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD).getForEntity(
                "/api/villages?commune=" + QT_COMMUNE + "&asOf=2022-06-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(QT_DEPT, DemoAccounts.PASSWORD).getForEntity(
                "/api/villages?commune=" + QT_COMMUNE + "&asOf=2022-06-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity(
                "/api/villages?commune=" + QT_COMMUNE + "&asOf=2022-06-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void plansAreListedForTheOwnProvinceAndItsPredecessors() {
        assertThat(planCodes(QT_LEADER)).contains("quang-tri-115").doesNotContain("hau-giang-2022", "can-tho-1170");
        // Hậu Giang merged into Cần Thơ: a Hậu Giang leader belongs to Cần Thơ's tenant and sees its plans too.
        assertThat(planCodes(HG_LEADER)).contains("hau-giang-2022", "can-tho-1170").doesNotContain("quang-tri-115");
        assertThat(planCodes(ADMIN)).contains("hau-giang-2022", "quang-tri-115");
    }

    @Test
    void theDashboardShowsAnotherProvincesDriveToNobodyOfThatProvince() {
        String drive = startOverRest(HG_LEADER, "hau-giang-2022").getBody().get("id").toString();
        long campaign = jdbc.queryForObject("select c.id from drive.campaign c, act_ru_execution e"
                + " where e.id_ = ? and c.business_key = e.business_key_", Long.class, drive);

        assertThat(dashboard.view(new CampaignDashboard.Viewer(QT_LEADER, false), campaign, null)).isEmpty();
        assertThat(dashboard.drives(new CampaignDashboard.Viewer(QT_LEADER, false)))
                .noneMatch(row -> row.id() == campaign);
        assertThat(dashboard.view(new CampaignDashboard.Viewer(HG_LEADER, false), campaign, null)).isPresent();
    }

    // ---------------------------------------------------------------- helpers

    /** What Tasklist and Cockpit ask about one instance: the instance, tasks, variables, history, jobs. */
    private static List<String> engineQueries(String instance) {
        return List.of("/engine-rest/process-instance?processInstanceIds=" + instance,
                "/engine-rest/task?processInstanceId=" + instance,
                "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
                "/engine-rest/history/process-instance?processInstanceId=" + instance,
                "/engine-rest/history/activity-instance?processInstanceId=" + instance,
                "/engine-rest/history/variable-instance?processInstanceId=" + instance);
    }

    private static String jobsOf(String instance) {
        return "/engine-rest/job?processInstanceId=" + instance;
    }

    private void assertSeenOnlyBy(String query, String own, String other) {
        assertThat(list(own, query)).as("own province: " + query).isNotEmpty();
        assertThat(list(other, query)).as("other province: " + query).isEmpty();
    }

    /** The test profile runs no job executor: the drive's save points are run here, as no official. */
    /** The save point after opening, then the stages' opening timers, as a node's job executor would run them. */
    private void runJobs(String instance) {
        for (int pass = 0; pass < 5; pass++) {
            for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
                management.executeJob(job.getId());
            }
        }
    }

    private ResponseEntity<Map> startOverRest(String user, String planCode) {
        Map<String, Object> body = Map.of("businessKey", planCode + "-tenancy-" + UUID.randomUUID(),
                "variables", Map.of("planCode", Map.of("value", planCode, "type", "String")));
        return http.withBasicAuth(user, DemoAccounts.PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/" + LIFECYCLE + "/start", body, Map.class);
    }

    /** As before this change: the engine without the tenant id provider. */
    private String startWithoutTenantProvider(String planCode) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        TenantIdProvider provider = configuration.getTenantIdProvider();
        configuration.setTenantIdProvider(null);
        try {
            return runtime.startProcessInstanceByKey(LIFECYCLE, planCode + "-old-" + UUID.randomUUID(),
                    Map.of("planCode", planCode)).getId();
        } finally {
            configuration.setTenantIdProvider(provider);
        }
    }

    private String tenantOf(String instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getTenantId();
    }

    private List<?> list(String user, String path) {
        ResponseEntity<List> response = http.withBasicAuth(user, user.equals(ADMIN) ? ADMIN_PASSWORD
                : DemoAccounts.PASSWORD).getForEntity(path, List.class);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, DemoAccounts.PASSWORD).getForEntity(path, String.class);
    }

    private long instancesInStatistics(String user, String definition) {
        return list(user, "/engine-rest/process-definition/statistics").stream().map(row -> (Map<?, ?>) row)
                .filter(row -> definition.equals(row.get("id")))
                .mapToLong(row -> ((Number) row.get("instances")).longValue()).sum();
    }

    private List<String> planCodes(String user) {
        return list(user, "/api/plans").stream().map(row -> String.valueOf(((Map<?, ?>) row).get("code"))).toList();
    }
}
