package vn.cdtt.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;
import static vn.cdtt.support.ProcessDays.day;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.deadline.DeadlineEvents;
import vn.cdtt.deadline.DeadlineKind;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/** The team-establishment process on the engine, with the clock moved: forms' data, checks, timers, saving. */
@ProductTest
class TeamEstablishmentProcessTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);
    private static final String FORM_TEAMS = """
            [{"villageCode":"XA","name":"Tổ công nghệ số phường Đông Giang","zaloLink":"https://zalo.me/g/dg"},
             {"villageCode":"%s","name":"Tổ khu phố 1","zaloLink":"https://zalo.me/g/kp1"},
             {"villageCode":"%s","name":"Tổ khu phố 2","zaloLink":"https://zalo.me/g/kp2"}]""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TeamEstablishments establishments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageImportService villageImport;
    @Autowired
    TeamRepository teams;
    @Autowired
    DeadlineEvents deadlineEvents;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessDays days;
    @Autowired
    PlanService planService;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aQuangTriPilotCommuneNominatesIsCheckedAndFoundsItsTeams() {
        long campaign = campaign(quangTriWithSteeringCommittees());
        long dongGiang = commune("19330");
        villages("19330", 3);
        String instance = establishments.start(campaign, dongGiang, 0, LocalDate.of(2022, 7, 31), new Range(2, 2));

        assertThat(establishments.start(campaign, dongGiang, 0, LocalDate.of(2022, 7, 31), new Range(2, 2)))
                .as("the same commune and wave never starts twice").isEqualTo(instance);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TeamEstablishments.PROCESS)
                .variableValueEquals("campaignId", campaign).count()).isOne();

        // First the commune's steering committee: refused without its head, then recorded once.
        Task steering = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(steering.getTaskDefinitionKey()).isEqualTo(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE);
        assertThatThrownBy(() -> tasks.complete(steering.getId(), Map.of("steeringDecisionNumber", "12/QĐ-UBND",
                "steeringFormedOn", "2022-06-20"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("steeringHead");
        formSteeringCommittee(instance);
        assertThat(jdbc.queryForObject("select count(*) from drive.steering_committee where campaign_id = ?",
                Integer.class, campaign)).isOne();

        Task nominate = task(instance);
        assertThat(nominate.getTaskDefinitionKey()).isEqualTo(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS);
        assertThat(nominate.getDueDate()).isEqualTo(day(2022, 7, 31));
        assertThat(tasks.getIdentityLinksForTask(nominate.getId())).extracting(IdentityLink::getGroupId)
                .contains("unit-vn2022-19330");

        // Four members for the commune team (the plan says 5): refused, the task stays, nothing saved.
        assertThatThrownBy(() -> tasks.complete(nominate.getId(), form(4, 5, 5)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("teams[0].members: Tổ có 4 thành viên, kế hoạch yêu cầu ít nhất 5.");
        assertThat(task(instance).getId()).isEqualTo(nominate.getId());

        // Through REST, as Tasklist submits the form: 400 with the reason, never 500.
        ResponseEntity<Map> refused = http.withBasicAuth("admin", "Test@Kiemthu-2026").postForEntity(
                "/engine-rest/task/" + nominate.getId() + "/submit-form", Map.of("variables", Map.of(
                        "teams", Map.of("type", "Json", "value", FORM_TEAMS.formatted(villageCode("19330", 1),
                                villageCode("19330", 2))),
                        "members", Map.of("type", "Json", "value", "[]"))), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("teams[0].members: Tổ có 0 thành viên");
        assertThat(task(instance).getId()).isEqualTo(nominate.getId());

        tasks.complete(nominate.getId(), form(5, 5, 8));
        Task decision = task(instance);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo(TeamEstablishmentProcess.TASK_ISSUE_FOUNDING_DECISION);
        tasks.complete(decision.getId(), Map.of("decisionNumber", "15/QĐ-UBND", "foundedOn", "2022-07-20"));

        Job save = management.createJobQuery().processInstanceId(instance).singleResult();
        management.executeJob(save.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        Campaign saved = campaigns.findById(campaign).orElseThrow();
        assertThat(teams.findByCampaignAndCommuneOrderByIdAsc(saved, units.findById(dongGiang).orElseThrow()))
                .extracting(Team::getName, Team::getFoundedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tổ công nghệ số phường Đông Giang", LocalDate.of(2022, 7,
                        20)),
                        org.assertj.core.groups.Tuple.tuple("Tổ khu phố 1", LocalDate.of(2022, 7, 20)),
                        org.assertj.core.groups.Tuple.tuple("Tổ khu phố 2", LocalDate.of(2022, 7, 20)));
    }

    @Test
    void aNominationThatNoLongerHoldsWhenFoundingGoesBackToTheCommune() {
        long campaign = campaign(quangTriWithSteeringCommittees());
        long dongGiang = commune("19330");
        villages("19330", 3);
        // Two waves of the same commune nominate the same teams; the first to be founded wins.
        String first = establishments.start(campaign, dongGiang, 0, LocalDate.of(2022, 7, 31), new Range(2, 2));
        String second = establishments.start(campaign, dongGiang, 1, LocalDate.of(2022, 7, 31), new Range(2, 2));
        for (String instance : List.of(first, second)) {
            formSteeringCommittee(instance);
            tasks.complete(task(instance).getId(), form(5, 5, 5));
            tasks.complete(task(instance).getId(), Map.of("decisionNumber", "15/QĐ-UBND", "foundedOn",
                    "2022-07-20"));
        }
        management.executeJob(management.createJobQuery().processInstanceId(first).singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(second).singleResult().getId());

        Task again = task(second);
        assertThat(again.getTaskDefinitionKey()).as("back to the commune").isEqualTo(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS);
        assertThat((String) runtime.getVariable(second, "nominationError")).contains("đã có tổ");
        assertThat(jdbc.queryForObject("select count(*) from drive.team where campaign_id = ?", Integer.class,
                campaign)).as("only the first wave's three teams").isEqualTo(3);
    }

    @Test
    void phuNinhsDeadlineRemindsEveryCommuneAndEscalatesOnlyThoseThatMissedIt() {
        long campaign = campaign("phu-ninh-2022");
        long tamPhuoc = commune("20380");
        long tamDan = commune("20392");
        villages("20380", 1);
        villages("20392", 1);
        LocalDate deadline = LocalDate.of(2022, 8, 31);
        at(2022, 8, 1);
        String onTime = establishments.start(campaign, tamPhuoc, 0, deadline, null);
        String late = establishments.start(campaign, tamDan, 0, deadline, null);
        formSteeringCommittee(onTime);
        formSteeringCommittee(late);

        at(2022, 8, 25);   // Phú Ninh reminds 7 days before
        days.runDueTimers(onTime, late);
        assertThat(deadlineEvents.unitCodes(campaign, PlanStep.ESTABLISH_TEAMS, DeadlineKind.REMINDER))
                .containsExactly("20380", "20392");

        tasks.complete(task(onTime).getId(), villageTeam("20380"));
        tasks.complete(task(onTime).getId(), Map.of("decisionNumber", "88/QĐ-UBND", "foundedOn", "2022-08-30"));
        management.executeJob(management.createJobQuery().processInstanceId(onTime).singleResult().getId());

        at(2022, 9, 2);
        days.runDueTimers(onTime, late);
        assertThat(deadlineEvents.unitCodes(campaign, PlanStep.ESTABLISH_TEAMS, DeadlineKind.ESCALATION))
                .containsExactly("20392");
        Task followUp = days.task(late, TeamEstablishmentProcess.TASK_FOLLOW_UP_OVERDUE_COMMUNE);
        assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("unit-vn2022-518");
    }

    @Test
    void aCommuneHasOneSteeringCommitteeAndAnotherDecisionIsRefusedNamingTheRecordedOne() {
        long campaign = campaign(quangTriWithSteeringCommittees());
        long dongGiang = commune("19330");
        villages("19330", 3);
        at(2022, 7, 1);
        // Two waves of one commune both ask before either is answered.
        String pilot = establishments.start(campaign, dongGiang, 0, LocalDate.of(2022, 7, 31), new Range(2, 2));
        String scaleUp = establishments.start(campaign, dongGiang, 1, LocalDate.of(2022, 9, 30), new Range(2, 2));
        formSteeringCommittee(pilot);

        Task second = days.task(scaleUp, TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE);
        assertThatThrownBy(() -> tasks.complete(second.getId(), Map.of("steeringDecisionNumber", "99/QĐ-UBND",
                "steeringHead", "Người khác", "steeringFormedOn", "2022-07-01")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("12/QĐ-UBND").hasMessageContaining("steeringDecisionNumber");
        assertThat(tasks.createTaskQuery().taskId(second.getId()).count()).as("the task stays open").isOne();
        assertThat(jdbc.queryForObject("select decision_number from drive.steering_committee where campaign_id = ?"
                + " and commune_id = ?", String.class, campaign, dongGiang)).isEqualTo("12/QĐ-UBND");

        // The recorded decision again: accepted, and the wave goes on to its nomination.
        formSteeringCommittee(scaleUp);
        assertThat(tasks.createTaskQuery().processInstanceId(scaleUp).singleResult().getTaskDefinitionKey())
                .isEqualTo(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS);
    }

    private void formSteeringCommittee(String instance) {
        Task steering = days.task(instance, TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE);
        tasks.complete(steering.getId(), Map.of("steeringDecisionNumber", "12/QĐ-UBND", "steeringHead",
                "Chủ tịch UBND xã", "steeringFormedOn", ProcessDays.today().toString()));
    }

    private Map<String, Object> villageTeam(String commune) {
        String members = """
                [{"team":"%1$s","fullName":"Trưởng thôn","villageHead":true,"head":true},
                 {"team":"%1$s","fullName":"Đoàn viên A","youthUnion":true},
                 {"team":"%1$s","fullName":"Hội viên phụ nữ B"}]""".formatted(villageCode(commune, 1));
        String teamsJson = "[{\"villageCode\":\"%s\",\"name\":\"Tổ thôn 1\"}]".formatted(villageCode(commune, 1));
        return Map.of("teams", SpinValues.jsonValue(teamsJson).create(),
                "members", SpinValues.jsonValue(members).create());
    }

    /** Form data as Tasklist submits it: the commune team ("XA") and two village teams, each with members. */
    private Map<String, Object> form(int communeMembers, int village1Members, int village2Members) {
        String teamsJson = FORM_TEAMS.formatted(villageCode("19330", 1), villageCode("19330", 2));
        StringBuilder members = new StringBuilder("[");
        appendMembers(members, "XA", communeMembers);
        appendMembers(members, villageCode("19330", 1), village1Members);
        appendMembers(members, villageCode("19330", 2), village2Members);
        members.setCharAt(members.length() - 1, ']');
        return Map.of("teams", SpinValues.jsonValue(teamsJson).create(),
                "members", SpinValues.jsonValue(members.toString()).create());
    }

    private static void appendMembers(StringBuilder json, String team, int count) {
        for (int i = 0; i < count; i++) {
            json.append("{\"team\":\"").append(team).append("\",\"fullName\":\"Thành viên ").append(i + 1)
                    .append("\",\"phone\":\"09").append(String.format("%08d", i)).append("\",\"head\":")
                    .append(i == 0).append("},");
        }
    }

    /** The commune's open step (nomination or founding decision), not the district's follow-up. */
    private Task task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKeyIn(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS,
                TeamEstablishmentProcess.TASK_ISSUE_FOUNDING_DECISION).singleResult();
    }

    private String villageCode(String commune, int n) {
        return run + "-" + commune + "-" + n;
    }

    private void villages(String commune, int count) {
        StringBuilder csv = new StringBuilder("code,name,commune_code,households\n");
        for (int i = 1; i <= count; i++) {
            csv.append(villageCode(commune, i)).append(",Thôn ").append(i).append(',').append(commune).append(",200\n");
        }
        villageImport.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), IN_2022, UnitScope.EVERYWHERE);
    }

    @Test
    void aPlanWithoutSteeringCommitteesGoesStraightToItsTeams() {
        // Plan 115 asks no commune for a steering committee.
        long campaign = campaign("quang-tri-115");
        String instance = establishments.start(campaign, commune("19333"), 0, LocalDate.of(2022, 7, 31),
                new Range(2, 2));
        assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS);
    }

    /** Plan 115 with the steering-committee stage switched on, to walk a commune through both. */
    private String quangTriWithSteeringCommittees() {
        String code = "quang-tri-steering-" + run.toLowerCase();
        try {
            planService.load(new ClassPathResource("plans/quang-tri-115.yaml").getContentAsString(
                    StandardCharsets.UTF_8).replace("code: quang-tri-115", "code: " + code)
                    .replace("stages:\n", "stages:\n  steeringCommittees: {}\n")
                    .replace("steps:\n", "steps:\n  FORM_STEERING_COMMITTEES: { role: COMMUNE_COMMITTEE }\n")
                    .getBytes(StandardCharsets.UTF_8), code + ".yaml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return code;
    }

    private long campaign(String plan) {
        return campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(plan).orElseThrow(),
                plan + "-" + run)).getId();
    }

    private long commune(String code) {
        return units.findValidOn(AdminLevel.COMMUNE, code, IN_2022).orElseThrow().getId();
    }
}
