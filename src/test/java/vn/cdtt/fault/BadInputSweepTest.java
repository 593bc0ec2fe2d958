package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cdtt.fault.BadValues.Variable;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.request.flow.RequestedReportProcess;
import vn.cdtt.commendation.flow.CommendationProcess;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.organization.PasswordSetter;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.CampaignWalker;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.flow.TeamEstablishmentProcess;
import vn.cdtt.training.flow.TrainingProcess;

/**
 * Bad input sweep: generated bad submissions (jqwik generators, fixed seed) to every validated user-task form, the
 * file uploads and the endpoints with parameters, over real HTTP. Each must get a 4xx that names the field, and
 * change no row of the product's tables or the engine's runtime tables. Prints one FAULT line per endpoint.
 */
@ProductTest
@Tag("fault")
@TestPropertySource(properties = "spring.mail.port=3525")
class BadInputSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    /** Generated cases per field of a form. */
    private static final int PER_FIELD = 8;
    private static final Map<String, SweepTally.Figures> TOTALS = new LinkedHashMap<>();

    @LocalServerPort
    int port;
    /** The test profile's admin password (CDTT_adminPassword may set another). */
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageRepository villages;
    @Autowired
    VillageImportService villageImport;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    PasswordSetter passwords;
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanService planService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignRepository campaigns;

    private SweepHttp http;
    private SweepTally tally;
    private TaskOfficials officials;
    private Set<String> prefilled = Set.of();
    private long salt;

    @BeforeEach
    void setUp() {
        http = SweepHttp.basic(port);
        tally = new SweepTally(http, new RowFingerprint(jdbc));
        officials = new TaskOfficials(tasks, identity, passwords);
    }

    @AfterEach
    void report() {
        ProcessDays.reset();
        tally.print();
        tally.problems().forEach(problem -> System.out.println("SWEEP problem: " + problem));
        tally.endpoints().forEach((endpoint, figures) -> TOTALS.put(endpoint, figures));
    }

    @AfterAll
    static void printTotal() {
        SweepTally.Figures total = new SweepTally.Figures();
        TOTALS.values().forEach(total::add);
        System.out.println(total.line("TOTAL(" + TOTALS.size() + " endpoints)"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Every validated user-task form, on a real task of a walked drive, through /engine-rest as its official.

    /** The tasks whose complete listener checks the submission, and the listener. */
    private static final Map<String, String> CHECKED_TASKS = Map.ofEntries(
            Map.entry(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT, "DeliverableCheckListener"),
            Map.entry(CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT, "OwnAssignmentListener"),
            Map.entry(CampaignLifecycleProcess.TASK_APPROVE_PLANS, "ApprovalCheckListener"),
            Map.entry(CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES, "PilotChoiceListener"),
            Map.entry(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE, "SteeringCommitteeListener"),
            Map.entry(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS, "NominationCheckListener"),
            Map.entry(TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION, "TrainingSessionCheckListener"),
            Map.entry(TrainingProcess.TASK_RECORD_ATTENDANCE, "AttendanceCheckListener"),
            Map.entry(CampaignLifecycleProcess.TASK_LAUNCH_DRIVE, "LaunchDriveListener"),
            Map.entry(CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT, "CommitmentListener"),
            Map.entry(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT, "PhaseReportCheckListener"),
            Map.entry(PhaseReportProcess.TASK_VERIFY_PHASE_REPORT, "VerificationCheckListener"),
            Map.entry(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT, "PhaseCompilationListener"),
            Map.entry(CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT, "SectorReportListener"),
            Map.entry(CampaignLifecycleProcess.TASK_REQUEST_REPORTS, "RequestReportsListener"),
            Map.entry(RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT, "RequestedReportListener"),
            Map.entry(RequestedReportProcess.TASK_COMPILE_REQUESTED_REPORT, "RequestCompilationListener"),
            Map.entry(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW, "PhaseReviewListener"),
            Map.entry(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW, "DistrictReviewListener"),
            Map.entry(PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES, "PilotChoiceListener"),
            Map.entry(PhaseReviewProcess.TASK_PLAN_REMEDIATION, "RemediationListener"),
            Map.entry(CampaignLifecycleProcess.TASK_FINAL_REVIEW, "FinalReviewListener"),
            Map.entry(CommendationProcess.TASK_PROPOSE_COMMENDATIONS, "ProposalCheckListener"),
            Map.entry(CommendationProcess.TASK_VET_PROPOSALS, "VettingCheckListener"),
            Map.entry(CommendationProcess.TASK_RECORD_COUNCIL_VOTES, "CouncilVoteCheckListener"),
            Map.entry(CommendationProcess.TASK_DECIDE_COMMENDATIONS, "DecisionCheckListener"));

    @Test
    void everyCheckedTaskFormRefusesBadSubmissions() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                "quang-tri-2022.yaml", false);
        Set<String> swept = new HashSet<>();
        organization.importYaml(new ClassPathResource("organizations/can-tho-2026.yaml").getContentAsByteArray(),
                "can-tho-2026.yaml", false);
        // Plan 115 has the pilot choice and each district's own review, which scales up after the pilot; the
        // illustrative Cần Thơ 2026 plan has the stages Plan 115 leaves out (assignments, steering committees,
        // training, launch, commitments, the final review, commendation) on ten pilot communes, and a provincial
        // review that scales up after its first phase and remediates after its second.
        sweepWalk("quang-tri-115", List.of(), swept);
        sweepWalk("can-tho-2026", List.of("SCALE_UP", "REMEDIATE"), swept);

        assertThat(swept).as("every checked form was swept").containsExactlyInAnyOrderElementsOf(
                CHECKED_TASKS.keySet());
        assertThat(tally.problems()).as("bad submissions answered other than a 4xx naming the field, or writing")
                .isEmpty();
    }

    /** Walks a drive of the plan, sweeping the first task of each checked kind; reviews decide in this order. */
    private void sweepWalk(String planCode, List<String> reviewDecisions, Set<String> swept) {
        PlanFile plan = planService.rulesOf(plans.findFirstByCodeOrderByVersionDesc(planCode).orElseThrow());
        int[] reviews = {0};
        CampaignWalker walker = new CampaignWalker(runtime, tasks, management, units, villages, villageImport);
        walker.policy(new CampaignWalker.Policy() {
            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                String key = task.getTaskDefinitionKey();
                Map<String, Object> answer = null;
                if (key.equals(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW)) {
                    int review = reviews[0]++;
                    answer = Map.of("reviewDecision", review < reviewDecisions.size() ? reviewDecisions.get(review)
                            : "SUSTAIN", "reviewConclusions", "Kết luận sơ kết");
                }
                if (key.equals(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW)
                        && Boolean.TRUE.equals(walker.variable(task, "scaleUpAllowed"))) {
                    // A district that scales up, so its pick list is swept too.
                    answer = Map.of("reviewDecision", "SCALE_UP", "pilotCommunes", walker.options(task,
                            "communeOptions", plan.scaleUp().communes().min()), "reviewConclusions",
                            "Kết quả sơ kết của huyện");
                }
                if (CHECKED_TASKS.containsKey(key) && swept.add(key)) {
                    answer = answer != null ? answer : walker.defaultAnswer(task);
                    sweepTask(task, answer);
                }
                return answer;
            }
        });
        walker.walk(plan, "sweep-" + Long.toString(System.nanoTime(), 36), 5_000);
    }

    private void sweepTask(Task task, Map<String, Object> valid) {
        String endpoint = "task-form:" + task.getTaskDefinitionKey();
        String[] user = officials.of(task);
        Map<String, Object> base = new LinkedHashMap<>();
        valid.forEach((name, value) -> base.put(name, TaskOfficials.restValue(value)));
        // A field the process filled in beforehand keeps that value when left out: leaving it out is no bad input.
        prefilled = tasks.getVariables(task.getId()).keySet();
        List<FormCase> cases = new ArrayList<>(formCases(task.getTaskDefinitionKey(), base));
        cases.add(new FormCase("submit-form", "not JSON", null, "{\"variables\": {"));
        cases.add(new FormCase("complete", "variables not an object", null, "{\"variables\": [1, 2]}"));
        try {
            tally.begin(endpoint);
            for (FormCase c : cases) {
                HttpRequest request = http.request("/engine-rest/task/" + task.getId() + "/" + c.path(), user[0],
                                user[1])
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(c.body())).build();
                if (tally.check(endpoint, c.description(), request, c.field()).statusCode() < 300) {
                    break; // a bad submission was accepted (counted): the task is gone, the walk goes on
                }
            }
            // A task that is not there (worked meanwhile, or a made-up id).
            tally.check(endpoint, "unknown task id", http.request("/engine-rest/task/" + java.util.UUID.randomUUID()
                    + "/submit-form", user[0], user[1]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(cases.get(0).body())).build(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

    }

    /**
     * A member of the task's candidate group, given the demo password if the organisation file set none. The test
     * organisation of Quảng Trị names no official for some agencies (the People's Committee): the administrator
     * works those.
     */
    /** One bad submission: which REST call, the field it gets wrong (to be named), the JSON body. */
    record FormCase(String path, String description, String field, String body) {
    }

    private List<FormCase> formCases(String key, Map<String, Object> base) {
        List<FormCase> cases = new ArrayList<>();
        switch (key) {
            case CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT,
                    CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT,
                    CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT,
                    RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT -> {
                top(cases, base, "documentReference", BadValues.text(300));
                top(cases, base, "summary", BadValues.text(4000));
            }
            case CampaignLifecycleProcess.TASK_APPROVE_PLANS -> {
                top(cases, base, "decision", BadValues.choice(List.of("approve", "return")));
                top(cases, base, "decisionNumber", BadValues.text(100));
            }
            case CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES,
                    PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES ->
                    top(cases, base, "pilotCommunes", communeCodes(String.valueOf(
                            ((Map<?, ?>) base.get("pilotCommunes")).get("value"))));
            case TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE -> {
                top(cases, base, "steeringDecisionNumber", BadValues.text(100));
                top(cases, base, "steeringHead", BadValues.text(200));
                top(cases, base, "steeringFormedOn", BadValues.date());
            }
            case TeamEstablishmentProcess.TASK_NOMINATE_TEAMS -> {
                rows(cases, base, "teams");
                row(cases, base, "teams", "villageCode", BadValues.jsonCode());
                row(cases, base, "teams", "name", jsonText(200));
                rows(cases, base, "members");
                row(cases, base, "members", "team", BadValues.jsonCode());
                row(cases, base, "members", "fullName", jsonText(200));
                row(cases, base, "members", "phone", Arbitraries.of("abc", "0", "+84 " + "9".repeat(40), "09x1234567")
                        .map(s -> (Object) s));
            }
            case TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION -> {
                top(cases, base, "trainingAction", BadValues.choice(List.of("schedule", "close")));
                top(cases, base, "sessionDate", BadValues.date());
                top(cases, base, "sessionMode", BadValues.choice(List.of("ONLINE", "IN_PERSON")));
                top(cases, base, "sessionPlatform", BadValues.text(300));
                top(cases, base, "sessionTopics", BadValues.text(4000));
                rows(cases, base, "invitedTeams");
                row(cases, base, "invitedTeams", "team", BadValues.jsonCode());
            }
            case TrainingProcess.TASK_RECORD_ATTENDANCE -> {
                rows(cases, base, "attendance");
                row(cases, base, "attendance", "member", BadValues.jsonCode());
                row(cases, base, "attendance", "attended", Arbitraries.of("có", 2, "yes").map(v -> (Object) v));
            }
            case CampaignLifecycleProcess.TASK_LAUNCH_DRIVE -> {
                top(cases, base, "ceremonyOn", BadValues.date());
                top(cases, base, "ceremonyPlace", BadValues.text(300));
                top(cases, base, "registrationClosesOn", BadValues.date());
            }
            case CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT -> {
                top(cases, base, "commitment", BadValues.text(4000));
                top(cases, base, "signedBy", BadValues.text(200));
            }
            case PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT -> {
                rows(cases, base, "values");
                row(cases, base, "values", "indicator", BadValues.jsonCode());
                row(cases, base, "values", "value", BadValues.jsonNumber(0));
            }
            case PhaseReportProcess.TASK_VERIFY_PHASE_REPORT -> top(cases, base, "verdict",
                    BadValues.choice(List.of("accept", "return")));
            case CampaignLifecycleProcess.TASK_REQUEST_REPORTS -> {
                top(cases, base, "requestSubject", BadValues.text(300));
                top(cases, base, "requestDue", BadValues.date());
                top(cases, base, "requestUnits", askedUnits());
            }
            case CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT,
                    RequestedReportProcess.TASK_COMPILE_REQUESTED_REPORT -> {
                top(cases, base, "compilationReference", BadValues.text(300));
                top(cases, base, "compilationSummary", BadValues.text(4000));
            }
            case PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW -> {
                top(cases, base, "reviewDecision", BadValues.choice(List.of("SCALE_UP", "SUSTAIN", "REMEDIATE")));
                top(cases, base, "reviewConclusions", BadValues.text(4000));
            }
            case PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW -> {
                top(cases, base, "reviewDecision", BadValues.choice(List.of("SCALE_UP", "SUSTAIN")));
                top(cases, base, "pilotCommunes", communeCodes(String.valueOf(
                        ((Map<?, ?>) base.get("pilotCommunes")).get("value"))));
                top(cases, base, "reviewConclusions", BadValues.text(4000));
            }
            case PhaseReviewProcess.TASK_PLAN_REMEDIATION -> {
                top(cases, base, "remediationMeasures", BadValues.text(4000));
                top(cases, base, "remediationDocument", BadValues.text(300));
            }
            case CampaignLifecycleProcess.TASK_FINAL_REVIEW -> {
                top(cases, base, "finalReviewOn", BadValues.date());
                top(cases, base, "finalReport", BadValues.text(300));
                top(cases, base, "finalConclusions", BadValues.text(4000));
            }
            case CommendationProcess.TASK_PROPOSE_COMMENDATIONS -> {
                rows(cases, base, "proposals");
                row(cases, base, "proposals", "proposalId", BadValues.jsonCode());
                row(cases, base, "proposals", "include", Arbitraries.of("có", 2, "yes").map(v -> (Object) v));
                row(cases, base, "proposals", "awardKind", BadValues.jsonCode());
                row(cases, base, "proposals", "reason", jsonText(1000));
            }
            case CommendationProcess.TASK_VET_PROPOSALS -> {
                rows(cases, base, "vetting");
                row(cases, base, "vetting", "proposalId", BadValues.jsonCode());
                row(cases, base, "vetting", "verdict", BadValues.jsonCode());
            }
            case CommendationProcess.TASK_RECORD_COUNCIL_VOTES -> {
                top(cases, base, "membersPresent", BadValues.count(1));
                rows(cases, base, "ballots");
                row(cases, base, "ballots", "proposalId", BadValues.jsonCode());
                row(cases, base, "ballots", "votesFor", BadValues.jsonNumber(0));
            }
            case CommendationProcess.TASK_DECIDE_COMMENDATIONS -> {
                top(cases, base, "decisionNumber", BadValues.text(100));
                top(cases, base, "decidedOn", BadValues.date());
            }
            default -> throw new AssertionError("no bad cases for " + key);
        }
        return cases;
    }

    /** Pilot or scale-up communes: unknown codes, too few, one too many, nonsense. */
    /** Bad answers to a pick list of communes, given the valid one (a JSON list of commune codes). */
    private static Arbitrary<Variable> communeCodes(String validJson) {
        List<String> codes = new ArrayList<>();
        try {
            new ObjectMapper().readTree(validJson).forEach(code -> codes.add(code.asText()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // The same commune twice counts once (the official meant it once): an unknown one makes the list bad.
        List<List<String>> wrongLists = new ArrayList<>(List.of(List.of()));
        List<String> withUnknown = new ArrayList<>(codes);
        withUnknown.add("99999");
        wrongLists.add(withUnknown);
        if (codes.size() > 1) {
            wrongLists.add(codes.subList(0, codes.size() - 1));
        }
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                BadValues.blank().map(Variable::string),
                Arbitraries.of(wrongLists).map(BadInputSweepTest::jsonList),
                // 9xxxx is no commune code of the VN2022 or VN2025 lists.
                Arbitraries.integers().between(90_000, 99_999).list().ofSize(codes.size())
                        .map(list -> jsonList(list.stream().map(String::valueOf).toList())),
                // The codes typed as text rather than chosen from the list.
                Arbitraries.just(Variable.string(String.join(", ", codes))),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> new Variable("[\"" + s,
                        "Json")),
                BadValues.longText(4000).map(Variable::string),
                BadValues.wrongType());
    }

    /** Bad answers to the pick list of units to ask: any non-empty set of offered units is a good one. */
    private static Arbitrary<Variable> askedUnits() {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                BadValues.blank().map(Variable::string),
                Arbitraries.of(List.<String>of(), List.of("agency:NO-SUCH"), List.of("unit:99999"))
                        .map(BadInputSweepTest::jsonList),
                Arbitraries.just(Variable.string("unit:31117, unit:31120")),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> new Variable("[\"" + s,
                        "Json")),
                BadValues.longText(4000).map(Variable::string),
                BadValues.wrongType());
    }

    private static Variable jsonList(List<String> codes) {
        try {
            return new Variable(new ObjectMapper().writeValueAsString(codes), "Json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text in a list's row; a number is read as its digits (ids in these lists come either way), true is not. */
    private static Arbitrary<Object> jsonText(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.of("", "   ", "\u00a0").map(s -> (Object) s),
                BadValues.longText(maxLength).map(s -> (Object) s),
                Arbitraries.just((Object) null),
                Arbitraries.of(true, false).map(v -> (Object) v));
    }

    /** Cases that replace (or leave out) one top-level field of a valid submission. */
    private void top(List<FormCase> cases, Map<String, Object> base, String field, Arbitrary<Variable> bad) {
        for (Variable value : BadValues.draw(bad, PER_FIELD, salt++)) {
            if (value.missing() && prefilled.contains(field)) {
                continue;
            }
            Map<String, Object> variables = new LinkedHashMap<>(base);
            if (value.missing()) {
                variables.remove(field);
            } else {
                Map<String, Object> rest = new HashMap<>();
                rest.put("value", value.value());
                rest.put("type", value.type());
                variables.put(field, rest);
            }
            cases.add(formCase(field, field + "=" + value, variables));
        }
    }

    /** Cases that break a whole list (JSON) field: malformed, no list, a duplicated row. */
    private void rows(List<FormCase> cases, Map<String, Object> base, String field) {
        top(cases, base, field, BadValues.rowsBroken());
        ArrayNode rows = rowsOf(base, field);
        if (!rows.isEmpty()) {
            ArrayNode doubled = rows.deepCopy();
            doubled.add(rows.get(0).deepCopy());
            cases.add(formCase(field, field + " with its first row twice", withRows(base, field, doubled)));
            ArrayNode withNull = rows.deepCopy();
            withNull.addNull();
            cases.add(formCase(field, field + " with a null row", withRows(base, field, withNull)));
        }
    }

    /**
     * Cases that put a bad value in one column of a list's last row (the nomination's first row is the commune team,
     * whose blank village code is its mark).
     */
    private void row(List<FormCase> cases, Map<String, Object> base, String field, String column,
                     Arbitrary<Object> bad) {
        ArrayNode rows = rowsOf(base, field);
        if (rows.isEmpty()) {
            return;
        }
        for (Object value : BadValues.draw(bad, PER_FIELD, salt++)) {
            ArrayNode changed = rows.deepCopy();
            int last = changed.size() - 1;
            ((ObjectNode) changed.get(last)).set(column, JSON.valueToTree(value));
            String shown = String.valueOf(value);
            cases.add(formCase(column, field + "[" + last + "]." + column + "=" + (shown.length() > 30
                    ? shown.substring(0, 30) + "…(" + shown.length() + ")" : shown), withRows(base, field, changed)));
        }
    }

    private static ArrayNode rowsOf(Map<String, Object> base, String field) {
        try {
            return (ArrayNode) JSON.readTree(String.valueOf(((Map<?, ?>) base.get(field)).get("value")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> withRows(Map<String, Object> base, String field, ArrayNode rows) {
        Map<String, Object> variables = new LinkedHashMap<>(base);
        variables.put(field, Map.of("value", rows.toString(), "type", "Json"));
        return variables;
    }

    private static FormCase formCase(String field, String description, Map<String, Object> variables) {
        try {
            return new FormCase("submit-form", description, field,
                    JSON.writeValueAsString(Map.of("variables", variables)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Java variable of the walker's answer as Camunda REST takes it. */
    // ---------------------------------------------------------------------------------------------------------------
    // 2. File uploads: plans, the organisation, villages (API and page).

    @Test
    void fileUploadsRefuseBadFiles() throws Exception {
        String plan = new String(new ClassPathResource("plans/hau-giang-2022.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8);
        String org = new String(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8);

        tally.begin("POST /api/plans");
        for (BadFiles.BadFile file : concat(BadFiles.yaml(plan, 40, salt++), BadFiles.yamlCharacters(plan))) {
            tally.check("POST /api/plans", file.description(), http.request("/api/plans?name=sweep.yaml", ADMIN,
                    adminPassword).header("Content-Type", file.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file.body())).build(), file.field());
        }

        tally.begin("POST /api/admin/organization");
        for (BadFiles.BadFile file : concat(BadFiles.yaml(org, 30, salt++), BadFiles.yamlCharacters(org))) {
            tally.check("POST /api/admin/organization", file.description(), http.request("/api/admin/organization",
                    ADMIN, adminPassword).header("Content-Type", file.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file.body())).build(), file.field());
        }

        List<BadFiles.BadFile> drawn = BadFiles.villageCsv(DemoAccounts.COMMUNE_A_CODE, 40, salt++);
        List<BadFiles.BadFile> characters = BadFiles.csvCharacters(DemoAccounts.COMMUNE_A_CODE);
        List<BadFiles.BadFile> csvs = concat(drawn, characters);
        // A file part's own type is whatever the browser guessed (Excel's for .csv on Windows): only its bytes count.
        List<BadFiles.BadFile> badBytes = concat(drawn.stream().filter(f -> f.contentType().equals("text/csv"))
                .limit(20).toList(), characters);
        tally.begin("POST /api/villages/import");
        for (BadFiles.BadFile file : csvs) {
            tally.check("POST /api/villages/import", file.description(), http.request(
                    "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                    .header("Content-Type", file.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file.body())).build(), file.field());
        }
        tally.begin("POST /api/villages/import (multipart)");
        for (BadFiles.BadFile file : badBytes) {
            SweepHttp.Multipart body = SweepHttp.Multipart.of("file", "thon.csv", "text/csv", file.body(), Map.of());
            tally.check("POST /api/villages/import (multipart)", file.description(), http.request(
                    "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                    .header("Content-Type", body.contentType()).POST(body.publisher()).build(), file.field());
        }

        SweepHttp browser = SweepHttp.loggedIn(port, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);
        String token = browser.csrfOf("/villages/import");
        tally.begin("POST /villages/import (page)");
        for (BadFiles.BadFile file : badBytes) {
            SweepHttp.Multipart body = SweepHttp.Multipart.of("file", "thon.csv", "text/csv", file.body(),
                    Map.of("_csrf", token, "asOf", "2022-06-01"));
            tally.check("POST /villages/import (page)", file.description(), browser, browser.request("/villages/import")
                    .header("Content-Type", body.contentType()).POST(body.publisher()).build(), null);
        }

        assertThat(tally.problems()).as("bad files answered other than a 4xx naming the field, or writing")
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Parameters of pages and REST endpoints, and starting a drive.

    @Test
    void parametersRefuseBadValues() throws Exception {
        SweepHttp browser = SweepHttp.loggedIn(port, DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD);
        SweepHttp admin = SweepHttp.loggedIn(port, ADMIN, adminPassword);

        tally.begin("GET /dashboard/{id}");
        for (String id : BadFiles.draw(BadFiles.badIds(), 30, salt++)) {
            tally.check("GET /dashboard/{id}", "id=" + id, browser, browser.request("/dashboard/" + id).GET().build(),
                    null);
        }
        for (String unit : BadFiles.draw(BadFiles.badIds(), 10, salt++)) {
            tally.check("GET /dashboard/{id}", "unit=" + unit, browser,
                    browser.request("/dashboard/999999999?unit=" + unit)
                    .GET().build(), null);
        }

        tally.begin("POST /admin/notices/{id}/resend");
        String adminToken = admin.csrfOf("/admin/notices");
        for (String id : BadFiles.draw(BadFiles.badIds(), 20, salt++)) {
            tally.check("POST /admin/notices/{id}/resend", "id=" + id, admin, admin.request("/admin/notices/" + id
                    + "/resend").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(SweepHttp.form(Map.of("_csrf", adminToken))).build(), null);
        }

        tally.begin("POST /account/notices");
        SweepHttp official = SweepHttp.loggedIn(port, DemoAccounts.COMMUNE_B, DemoAccounts.PASSWORD);
        String officialToken = official.csrfOf("/account/notices");
        for (String mode : BadFiles.draw(BadFiles.badCodes(), 25, salt++)) {
            Map<String, String> fields = new HashMap<>(Map.of("_csrf", officialToken));
            if (mode != null) {
                fields.put("mode", mode);
            }
            tally.check("POST /account/notices", "mode=" + mode, official, official.request("/account/notices")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(SweepHttp.form(fields))
                    .build(), null);
        }

        tally.begin("GET /api/villages");
        for (String commune : BadFiles.draw(BadFiles.badCodes(), 20, salt++)) {
            String query = commune == null ? "?asOf=2022-06-01" : "?commune=" + SweepHttp.query(commune)
                    + "&asOf=2022-06-01";
            tally.check("GET /api/villages", "commune=" + commune, http.request("/api/villages" + query,
                    DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD).GET().build(), "commune");
        }
        for (String asOf : BadFiles.draw(BadFiles.badDates(), 15, salt++)) {
            tally.check("GET /api/villages", "asOf=" + asOf, http.request("/api/villages?commune="
                    + DemoAccounts.COMMUNE_A_CODE + "&asOf=" + SweepHttp.query(asOf), DemoAccounts.COMMUNE_A,
                    DemoAccounts.PASSWORD).GET().build(), "asOf");
        }

        for (String call : List.of("start", "submit-form")) {
            String endpoint = "POST /engine-rest/process-definition/key/CampaignLifecycleProcess/" + call;
            tally.begin(endpoint);
            for (Variable planCode : BadValues.draw(BadValues.choice(List.of("hau-giang-2022", "phu-ninh-2022",
                    "quang-tri-115", "can-tho-1170", "can-tho-2026")), 25, salt++)) {
                Map<String, Object> variables = new HashMap<>();
                if (!planCode.missing()) {
                    Map<String, Object> rest = new HashMap<>();
                    rest.put("value", planCode.value());
                    rest.put("type", planCode.type());
                    variables.put("planCode", rest);
                }
                tally.check(endpoint, "planCode=" + planCode, http.request("/engine-rest/process-definition/key/"
                                + "CampaignLifecycleProcess/" + call, DemoAccounts.LEADER, DemoAccounts.PASSWORD)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("variables", variables)))).build(), "planCode");
            }
        }

        // A drive the leader may see, so a bad unit is judged on its own, not hidden behind an unknown drive.
        long drive = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "sweep-dashboard-" + Long.toString(System.nanoTime(), 36))).getId();
        List<String> otherUnits = List.of(
                String.valueOf(units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, AdminLevel.PROVINCE, "45")
                        .orElseThrow().getId()),
                String.valueOf(units.findByHierarchyAndLevelAndCode(Hierarchy.VN2025, AdminLevel.PROVINCE, "92")
                        .orElseThrow().getId()));
        for (String path : List.of("/dashboard/" + drive, "/dashboard/" + drive + "/export.xlsx")) {
            String endpoint = "GET " + path.replace(String.valueOf(drive), "{drive}") + "?unit=";
            tally.begin(endpoint);
            for (String unit : concat(BadFiles.draw(BadFiles.badIds(), 15, salt++), otherUnits)) {
                tally.check(endpoint, "unit=" + unit, browser, browser.request(path + "?unit=" + unit).GET().build(),
                        null);
            }
        }
        tally.begin("GET /dashboard/{id}/export.xlsx");
        for (String id : BadFiles.draw(BadFiles.badIds(), 15, salt++)) {
            tally.check("GET /dashboard/{id}/export.xlsx", "id=" + id, browser, browser.request("/dashboard/" + id
                    + "/export.xlsx").GET().build(), null);
        }

        tally.begin("GET /admin/notices?page=");
        for (String page : BadFiles.PAGES_PAST_THE_LAST) {
            tally.check("GET /admin/notices?page=", "page=" + page, admin, admin.request("/admin/notices?page="
                    + page).GET().build(), null);
        }

        // A language the product does not speak is ignored: the page is served, in Vietnamese.
        tally.begin("GET ?lang=");
        for (String lang : BadFiles.BAD_LANGS) {
            SweepHttp anonymous = SweepHttp.basic(port);
            tally.checkServed("GET ?lang=", "/login?lang=" + lang, anonymous, anonymous.request("/login?lang="
                    + lang).GET().build(), "Tên đăng nhập");
            tally.checkServed("GET ?lang=", "/dashboard?lang=" + lang, browser, browser.request("/dashboard?lang="
                    + lang).GET().build(), "Trang chủ");
            tally.checkServed("GET ?lang=", "/api/plans?lang=" + lang, http, http.request("/api/plans?lang=" + lang,
                    DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD).GET().build(), "hau-giang-2022");
        }
        tally.begin("GET with a cdtt-lang cookie");
        for (String lang : BadFiles.BAD_LANGS) {
            SweepHttp anonymous = SweepHttp.basic(port);
            tally.checkServed("GET with a cdtt-lang cookie", "cdtt-lang=" + lang, anonymous,
                    anonymous.request("/login").header("Cookie", "cdtt-lang=" + lang).GET().build(),
                    "Tên đăng nhập");
        }

        assertThat(tally.problems()).as("bad parameters answered other than a 4xx naming the field, or writing")
                .isEmpty();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
