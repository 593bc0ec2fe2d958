package vn.cdtt.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanFile.Stages.Kind;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.support.CampaignWalker;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/**
 * What was stored before plans had stages keeps working: a plan version in the first format (no {@code stages:}) is
 * read as the fixed chain it ran on and runs on today's lifecycle model; a drive already running on the first
 * lifecycle model (version 1 of {@code campaign-lifecycle.bpmn}, kept in the test resources) finishes on it.
 */
@ProductTest
class FirstFormatCompatibilityTest {

    private static final String FIRST_FORMAT_PLAN = "legacy/phu-ninh-2022-v1.yaml";
    private static final String FIRST_MODEL = "legacy/campaign-lifecycle-v1.bpmn";

    @Autowired
    PlanService planService;
    @Autowired
    PlanRepository plans;
    @Autowired
    CampaignOpening opening;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageRepository villages;
    @Autowired
    VillageImportService villageImport;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);
    private PlanFile plan;

    @BeforeEach
    void aFirstFormatPlanIsStored() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-nam-2022.yaml").getContentAsByteArray(),
                "quang-nam-2022.yaml", false);
        planService.load(new ClassPathResource(FIRST_FORMAT_PLAN).getContentAsByteArray(), "phu-ninh-2022-v1.yaml");
        plan = planService.rulesOf(plans.findFirstByCodeOrderByVersionDesc("phu-ninh-2022-v1").orElseThrow());
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aFirstFormatPlanIsReadAsItsOldChainAndRunsOnTheStagedModel() {
        assertThat(plan.stages().assignments()).extracting(PlanFile.Assignment::code).as("the four drafts")
                .containsExactly("DRAFT_ESTABLISHMENT_DECISION", "DRAFT_EMULATION_PLAN", "PROPOSE_IT_STAFFING",
                        "PLAN_CASHLESS_PAYMENTS");
        assertThat(Kind.values()).allMatch(plan::has);
        assertThat(plan.stages().reporting().leadDays()).as("at least the plan's 7 reminder days").isEqualTo(7);

        CampaignWalker walker = walker();
        String lifecycle = walker.walk(plan, "first-format-" + run, 5_000);

        assertThat(walker.timing().tasks()).extracting(t -> t.stage()).contains("ASSIGNMENTS", "APPROVAL",
                "STEERING_COMMITTEES", "FOUNDING", "TRAINING", "LAUNCH", "COMMITMENTS", "REPORTING", "REVIEWS",
                "FINAL_REVIEW", "COMMENDATION");
        assertThat(walker.timing().late()).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lifecycle).singleResult()
                .getEndActivityId()).isEqualTo(CampaignLifecycleProcess.EVENT_DRIVE_CLOSED);
    }

    @Test
    void aDriveRunningOnTheFirstLifecycleModelFinishesOnIt() throws IOException {
        ProcessDefinition first = deploy(new ClassPathResource(FIRST_MODEL));
        try {
            ProcessDays.at(plan.issuedOn());
            String key = "first-model-" + run;
            // As the first model left a drive once its drafts were approved: opened, about to found its teams.
            Map<String, Object> opened = opening.open(plan.code(), key);
            String lifecycle = runtime.createProcessInstanceById(first.getId()).businessKey(key)
                    .setVariables(opened).setVariable(CampaignLifecycleProcess.PLAN_CODE, plan.code())
                    .startBeforeActivity(CampaignLifecycleProcess.TASK_START_PILOT_TEAMS).execute().getId();

            CampaignWalker walker = walker().timed(false);
            walker.resume(plan, key, lifecycle, 5_000);

            var ended = history.createHistoricProcessInstanceQuery().processInstanceId(lifecycle).singleResult();
            assertThat(ended.getProcessDefinitionId()).as("still on the first model").isEqualTo(first.getId());
            assertThat(ended.getEndActivityId()).isEqualTo(CampaignLifecycleProcess.EVENT_DRIVE_CLOSED);
            assertThat(jdbc.queryForObject("select count(*) from drive.phase_review r join drive.campaign c on"
                    + " c.id = r.campaign_id where c.business_key = ?", Integer.class, key))
                    .as("both of the plan's phases reviewed").isEqualTo(plan.phases().size());
        } finally {
            // Today's model becomes the latest version again for the tests that follow in this context.
            deploy(new ClassPathResource("bpmn/campaign-lifecycle.bpmn"));
        }
    }

    /** Deploys the lifecycle model with today's forms (its forms bind to their own deployment). */
    private ProcessDefinition deploy(Resource model) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("lifecycle-" + model.getFilename())
                .addInputStream("campaign-lifecycle.bpmn", model.getInputStream());
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/forms/*.form")) {
            deployment.addInputStream(form.getFilename(), form.getInputStream());
        }
        String deploymentId = deployment.deploy().getId();
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().deploymentId(deploymentId)
                .list();
        return definitions.get(0);
    }

    private CampaignWalker walker() {
        return new CampaignWalker(runtime, tasks, management, units, villages, villageImport);
    }
}
