package vn.cdtt.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.request.flow.RequestedReportProcess;
import vn.cdtt.commendation.flow.CommendationProcess;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.team.flow.TeamEstablishmentProcess;
import vn.cdtt.training.flow.TrainingProcess;

/**
 * Walks a drive from the Chairman's request to its end the way officials live it: on each simulated moment the due
 * timers and jobs run first, then every open task of the drive's processes is worked with valid answers, and when
 * nothing is left to do the engine's clock moves to the next timer (or to when the policy says a late unit finally
 * acts). So a task born after its due date shows: the walk prints one {@code TIMING} line per stage and phase and
 * fails on any task opened on or after its due day. Answers come from defaults per task, overridable per test; a
 * task nobody answers fails the walk with its name.
 */
public class CampaignWalker {

    /** When a task gets worked (default: at once), and the answer that overrides the default one. */
    public interface Policy {
        default Date workAt(Task task, CampaignWalker walker) {
            return null;
        }

        default Map<String, Object> answer(Task task, CampaignWalker walker) {
            return null;
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final AdminUnitRepository units;
    private final VillageRepository villages;
    private final VillageImportService villageImport;
    private final Map<String, Function<Task, Map<String, Object>>> answers = new HashMap<>();
    private final List<String> worked = new ArrayList<>();
    private final DriveTiming timing = new DriveTiming();
    private boolean timed = true;

    private PlanFile plan;
    private String lifecycle;
    private String businessKey;
    private LocalDate asOf;
    private Policy policy = new Policy() {
    };

    public CampaignWalker(RuntimeService runtime, TaskService tasks, ManagementService management,
                       AdminUnitRepository units, VillageRepository villages, VillageImportService villageImport) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.units = units;
        this.villages = villages;
        this.villageImport = villageImport;
        defaults();
    }

    public CampaignWalker policy(Policy policy) {
        this.policy = policy;
        return this;
    }

    /** The value a unit reports: (phase code, unit code, indicator code, target) → value. */
    public interface ReportValues {
        java.math.BigDecimal value(String phase, String unit, String indicator, java.math.BigDecimal target);
    }

    private ReportValues reportValues = (phase, unit, indicator, target) ->
            target.add(java.math.BigDecimal.valueOf(2)).min(java.math.BigDecimal.valueOf(100));

    public CampaignWalker reportValues(ReportValues values) {
        this.reportValues = values;
        return this;
    }

    /** The business key of the task's process instance, e.g. {@code <drive>/<phase>/<unit>} for a report. */
    public String businessKeyOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    public CampaignWalker answer(String taskKey, Function<Task, Map<String, Object>> answer) {
        answers.put(taskKey, answer);
        return this;
    }

    /** Starts the plan's lifecycle on the plan's issue date and walks it to its end. */
    public String walk(PlanFile plan, String businessKey, int maxSteps) {
        ProcessDays.at(plan.issuedOn());
        String started = runtime.startProcessInstanceByKey(CampaignLifecycleProcess.KEY, businessKey,
                Map.of("planCode", plan.code())).getId();
        return resume(plan, businessKey, started, maxSteps);
    }

    /**
     * Walks a drive already under way (its lifecycle instance started by the test) to its end.
     *
     * @param timed false for a drive on the first lifecycle model, which opened reports late by construction
     */
    public CampaignWalker timed(boolean timed) {
        this.timed = timed;
        return this;
    }

    public String resume(PlanFile plan, String businessKey, String lifecycleInstance, int maxSteps) {
        this.plan = plan;
        this.businessKey = businessKey;
        this.asOf = ProcessDays.today();
        lifecycle = lifecycleInstance;
        for (int step = 0; step < maxSteps; step++) {
            // Done when every process of the drive has ended: a late unit may still report after the final review.
            if (runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(businessKey + "%").count() == 0) {
                timing.lines(plan.code()).forEach(System.out::println);
                if (timed && !timing.late().isEmpty()) {
                    throw new AssertionError("tasks opened on or after their due day: " + timing.late());
                }
                return lifecycle;
            }
            // Timers and jobs first, until none is due; only then do officials work what is open.
            if (!runDueJobs() && !workDueTasks() && !moveClock()) {
                throw new AssertionError("the drive is stuck at " + ProcessDays.now() + " with tasks "
                        + openTasks().stream().map(Task::getTaskDefinitionKey).distinct().toList());
            }
        }
        throw new AssertionError("the drive did not end within " + maxSteps + " steps; open tasks: "
                + openTasks().stream().map(Task::getTaskDefinitionKey).distinct().toList());
    }

    public String businessKey() {
        return businessKey;
    }

    public String lifecycle() {
        return lifecycle;
    }

    public List<String> worked() {
        return worked;
    }

    /** When each task of the walk was opened and due. */
    public DriveTiming timing() {
        return timing;
    }

    public LocalDate today() {
        return ProcessDays.today();
    }

    public PlanFile plan() {
        return plan;
    }

    public Object variable(Task task, String name) {
        return tasks.getVariable(task.getId(), name);
    }

    public long number(Task task, String name) {
        return ((Number) variable(task, name)).longValue();
    }

    /** The codes of a commune's villages, creating synthetic ones first when it has fewer than {@code count}. */
    public List<String> villagesOf(long communeId, int count) {
        AdminUnit commune = units.findById(communeId).orElseThrow();
        List<String> codes = new ArrayList<>(villages.findByCommuneOrderByCode(commune).stream()
                .map(v -> v.getCode()).toList());
        if (codes.size() < count) {
            StringBuilder csv = new StringBuilder("code,name,commune_code,households\n");
            for (int i = codes.size() + 1; i <= count; i++) {
                String code = "T" + commune.getCode() + "-" + i;
                csv.append(code).append(",Thôn ").append(i).append(',').append(commune.getCode()).append(",150\n");
                codes.add(code);
            }
            villageImport.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), asOf, UnitScope.EVERYWHERE);
        }
        return codes.subList(0, Math.max(count, 0));
    }

    private boolean workDueTasks() {
        boolean worked = false;
        Date now = ProcessDays.now();
        for (Task task : openTasks()) {
            Date at = policy.workAt(task, this);
            if (at != null && at.after(now)) {
                continue;
            }
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                continue; // ended by an earlier completion (a boundary event or a multi-instance)
            }
            Map<String, Object> answer = policy.answer(task, this);
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                continue; // the policy worked it itself
            }
            if (answer == null && STANDING.contains(task.getTaskDefinitionKey())) {
                continue; // always open; worked only when the policy has something to ask
            }
            if (answer == null) {
                answer = defaultAnswer(task);
            }
            tasks.complete(task.getId(), answer);
            this.worked.add(task.getTaskDefinitionKey());
            worked = true;
        }
        return worked;
    }

    /** The valid answer the walk gives a task its policy leaves alone. */
    public Map<String, Object> defaultAnswer(Task task) {
        Function<Task, Map<String, Object>> defaults = answers.get(task.getTaskDefinitionKey());
        if (defaults == null) {
            throw new AssertionError("no answer for task " + task.getTaskDefinitionKey());
        }
        return defaults.apply(task);
    }

    private boolean runDueJobs() {
        Set<String> ours = instances();
        boolean ran = false;
        for (Job job : management.createJobQuery().executable().list()) {
            if (ours.contains(job.getProcessInstanceId())) {
                management.executeJob(job.getId());
                ran = true;
            }
        }
        return ran;
    }

    /** To the next timer of the drive or the next moment a waiting task gets worked, whichever comes first. */
    private boolean moveClock() {
        Set<String> ours = instances();
        Date now = ProcessDays.now();
        Date next = null;
        for (Job job : management.createJobQuery().timers().list()) {
            if (ours.contains(job.getProcessInstanceId()) && job.getDuedate() != null
                    && (next == null || job.getDuedate().before(next))) {
                next = job.getDuedate();
            }
        }
        for (Task task : openTasks()) {
            Date at = policy.workAt(task, this);
            if (at != null && at.after(now) && (next == null || at.before(next))) {
                next = at;
            }
        }
        if (next == null) {
            return false;
        }
        ProcessDays.at(new Date(Math.max(next.getTime(), now.getTime()) + 1000));
        return true;
    }

    private List<Task> openTasks() {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKey + "%")
                .orderByTaskCreateTime().asc().list();
        for (Task task : open) {
            if (DriveTiming.timed(task.getTaskDefinitionKey()) && !timing.seen(task.getId())) {
                timing.record(task.getId(), task.getTaskDefinitionKey(), phaseOf(task), task.getProcessInstanceId(),
                        task.getCreateTime(), task.getDueDate());
            }
        }
        return open;
    }

    /** The reporting period, assignment or wave a task belongs to, for its TIMING line. */
    private String phaseOf(Task task) {
        if (task.getTaskDefinitionKey().equals(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT)
                || task.getTaskDefinitionKey().equals(PhaseReportProcess.TASK_VERIFY_PHASE_REPORT)) {
            return businessKeyOf(task).split("/")[1]; // <drive>/<phase>/<unit>
        }
        Object assignment = tasks.getVariable(task.getId(), CampaignLifecycleProcess.ASSIGNMENT_CODE);
        if (assignment != null) {
            return assignment.toString();
        }
        Object phase = tasks.getVariable(task.getId(), PhaseReviewProcess.PHASE_CODE);
        if (phase != null) {
            return phase.toString();
        }
        Object wave = tasks.getVariable(task.getId(), TeamEstablishmentProcess.WAVE);
        return wave instanceof Number n && n.intValue() > 0 ? "wave-" + n : null;
    }

    private Set<String> instances() {
        Set<String> ids = new HashSet<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(businessKey + "%").list()) {
            ids.add(instance.getId());
        }
        return ids;
    }

    /** Tasks that stay open for whenever an official needs them (the compiler's requests for reports). */
    private static final Set<String> STANDING = Set.of(CampaignLifecycleProcess.TASK_REQUEST_REPORTS);

    private void defaults() {
        Function<Task, Map<String, Object>> draft = task -> Map.of("documentReference", "Dự thảo " + task.getName(),
                "summary", "Nội dung chính của dự thảo");
        for (String key : List.of(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT,
                CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT, CampaignLifecycleProcess.TASK_REVISE_DRAFTS)) {
            answers.put(key, draft);
        }
        answers.put(CampaignLifecycleProcess.TASK_APPROVE_PLANS, task -> Map.of("decision", "approve", "decisionNumber",
                plan.reference()));
        answers.put(CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES, task -> Map.of("pilotCommunes",
                options(task, "communeOptions", plan.pilot().communesPerDistrict() != null
                        ? plan.pilot().communesPerDistrict() : plan.pilot().communes())));
        answers.put(PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES, task -> Map.of("pilotCommunes",
                options(task, "communeOptions", plan.scaleUp().communes().min())));
        answers.put(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW, task -> Boolean.TRUE.equals(variable(task,
                "scaleUpAllowed")) ? Map.of("reviewDecision", "SUSTAIN", "reviewConclusions",
                "Huyện sơ kết " + variable(task, "phaseName")) : Map.of("reviewConclusions",
                "Huyện sơ kết " + variable(task, "phaseName")));
        answers.put(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE, task -> Map.of("steeringDecisionNumber",
                "05/QĐ-UBND",
                "steeringHead", "Chủ tịch UBND xã", "steeringFormedOn", today().toString()));
        answers.put(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS, this::nomination);
        answers.put(TeamEstablishmentProcess.TASK_ISSUE_FOUNDING_DECISION, task -> Map.of("decisionNumber",
                "01/QĐ-UBND",
                "foundedOn", today().toString()));
        answers.put(TeamEstablishmentProcess.TASK_FOLLOW_UP_OVERDUE_COMMUNE, task -> Map.of("followUpNote",
                "Đã đôn đốc qua điện thoại"));
        answers.put(PhaseReportProcess.TASK_FOLLOW_UP_OVERDUE_REPORT, task -> Map.of("followUpNote",
                "Đã đôn đốc qua điện thoại"));
        answers.put(CampaignLifecycleProcess.TASK_LAUNCH_DRIVE, task -> Map.of("ceremonyOn", today().toString(),
                "ceremonyPlace",
                "Hội trường UBND", "registrationClosesOn", today().plusDays(14).toString()));
        answers.put(CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT, task -> Map.of("commitment",
                "Hoàn thành các chỉ tiêu của kế hoạch",
                "signedBy", "Chủ tịch UBND"));
        answers.put(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT, this::report);
        answers.put(PhaseReportProcess.TASK_VERIFY_PHASE_REPORT, task -> Map.of("verdict", "accept"));
        answers.put(CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT, task -> Map.of("documentReference",
                "Báo cáo của " + variable(task, "departmentName"), "summary", "Kết quả chuyển đổi số trong ngành"));
        // A request of the first two units offered, due in a week: what the standing task's policy may send.
        answers.put(CampaignLifecycleProcess.TASK_REQUEST_REPORTS, task -> Map.of("requestSubject",
                "Kết quả hỗ trợ người dân dùng dịch vụ công trực tuyến", "requestDue", today().plusDays(7).toString(),
                "requestUnits", options(task, "requestOptions", 2)));
        answers.put(RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT, task -> Map.of("documentReference",
                "Báo cáo của " + variable(task, "unitName"), "summary", "Kết quả theo yêu cầu"));
        answers.put(RequestedReportProcess.TASK_COMPILE_REQUESTED_REPORT, task -> Map.of("compilationReference",
                "Báo cáo tổng hợp " + variable(task, "phaseName"), "compilationSummary",
                "Các đơn vị đã báo cáo " + variable(task, "reportsVerified") + "/" + variable(task, "reportsExpected")));
        answers.put(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT, task -> Map.of("compilationReference",
                "Báo cáo tổng hợp " + variable(task, "phaseName"), "compilationSummary",
                "Các đơn vị đã báo cáo " + variable(task, "reportsVerified") + "/" + variable(task, "reportsExpected")));
        answers.put(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW, task -> Map.of("reviewDecision", variable(task,
                "reviewDecision"),
                "reviewConclusions", "Kết luận sơ kết " + variable(task, "phaseName")));
        answers.put(PhaseReviewProcess.TASK_PLAN_REMEDIATION, task -> Map.of("remediationMeasures",
                "Tăng cường tập huấn, hỗ trợ",
                "remediationDocument", "Công văn chỉ đạo khắc phục"));
        answers.put(TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION, task -> Map.of("trainingAction", "schedule",
                "sessionDate",
                today().toString(), "sessionMode", "ONLINE", "sessionPlatform", "Zoom", "sessionTopics",
                "Kỹ năng số cơ bản, dịch vụ công trực tuyến", "invitedTeams", rows(task, "invitedTeams", Map.of())));
        answers.put(TrainingProcess.TASK_RECORD_ATTENDANCE, task -> Map.of("attendance",
                rows(task, "attendance", Map.of("attended", true))));
        answers.put(CommendationProcess.TASK_PROPOSE_COMMENDATIONS, task -> Map.of("proposals", rows(task,
                "proposals", Map.of())));
        answers.put(CommendationProcess.TASK_VET_PROPOSALS, task -> Map.of("vetting", rows(task, "vetting",
                Map.of("verdict", "accept"))));
        answers.put(CommendationProcess.TASK_RECORD_COUNCIL_VOTES, task -> Map.of("membersPresent", 10, "ballots",
                rows(task, "ballots", Map.of("votesFor", 10))));
        answers.put(CommendationProcess.TASK_DECIDE_COMMENDATIONS, task -> Map.of("decisionNumber", "99/QĐ-UBND",
                "decidedOn",
                today().toString()));
        answers.put(CampaignLifecycleProcess.TASK_FINAL_REVIEW, task -> Map.of("finalReviewOn", today().toString(),
                "finalReport",
                "Báo cáo tổng kết phong trào", "finalConclusions", "Hoàn thành kế hoạch"));
    }

    /**
     * A form's pre-filled list (a JSON variable) with {@code set} written into every row, as an official who
     * accepts the pre-filled rows submits it.
     */
    public Object rows(Task task, String variable, Map<String, Object> set) {
        try {
            com.fasterxml.jackson.databind.node.ArrayNode rows = (com.fasterxml.jackson.databind.node.ArrayNode)
                    JSON.readTree(String.valueOf(variable(task, variable)));
            for (com.fasterxml.jackson.databind.JsonNode row : rows) {
                set.forEach((field, value) -> ((com.fasterxml.jackson.databind.node.ObjectNode) row)
                        .set(field, JSON.valueToTree(value)));
            }
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The first {@code count} values of a pick list the task offers (a JSON list of {label, value}). */
    public Object options(Task task, String variable, int count) {
        try {
            List<String> chosen = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode option : JSON.readTree(String.valueOf(variable(task,
                    variable)))) {
                if (chosen.size() < count) {
                    chosen.add(option.get("value").asText());
                }
            }
            return SpinValues.jsonValue(JSON.writeValueAsString(chosen)).create();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid nomination for the plan: the commune team where the plan has one, and the village teams asked for. */
    private Map<String, Object> nomination(Task task) {
        long commune = number(task, "unitId");
        Object min = variable(task, "expectedVillageTeamsMin");
        int villageTeams = min instanceof Number n ? n.intValue()
                : Math.max(villages.findByCommuneOrderByCode(units.findById(commune).orElseThrow()).size(), 2);
        List<String> codes = villagesOf(commune, villageTeams);
        boolean zalo = Boolean.TRUE.equals(plan.teams().zaloLinkRequired());
        StringBuilder teams = new StringBuilder("[");
        StringBuilder members = new StringBuilder("[");
        if (plan.teams().commune() != null) {
            teams.append(team("XA", "Tổ công nghệ số cấp xã", zalo)).append(',');
            members(members, "XA", plan.teams().commune().min(), false);
        }
        for (String code : codes) {
            teams.append(team(code, "Tổ công nghệ số thôn " + code, zalo)).append(',');
            members(members, code, Math.max(plan.teams().village().min(), 3),
                    Boolean.TRUE.equals(plan.teams().village().headOfVillageRequired()));
        }
        teams.setCharAt(teams.length() - 1, ']');
        members.setCharAt(members.length() - 1, ']');
        return Map.of("teams", SpinValues.jsonValue(teams.toString()).create(),
                "members", SpinValues.jsonValue(members.toString()).create());
    }

    private Map<String, Object> report(Task task) {
        String[] key = businessKeyOf(task).split("/");
        PlanFile.PhaseSpec phase = plan.phases().stream().filter(p -> p.code().equals(key[1])).findFirst()
                .orElseThrow();
        StringBuilder values = new StringBuilder("[");
        phase.targets().forEach((indicator, target) -> values.append("{\"indicator\":\"").append(indicator)
                .append("\",\"value\":").append(reportValues.value(key[1], key[2], indicator, target).toPlainString())
                .append("},"));
        if (values.length() > 1) {
            values.setLength(values.length() - 1);
        }
        values.append(']');
        return Map.of("values", SpinValues.jsonValue(values.toString()).create());
    }

    private static String team(String code, String name, boolean zalo) {
        return "{\"villageCode\":\"" + code + "\",\"name\":\"" + name + "\""
                + (zalo ? ",\"zaloLink\":\"https://zalo.me/g/" + code.toLowerCase().replaceAll("[^a-z0-9]", "")
                + "\"" : "") + "}";
    }

    private static void members(StringBuilder json, String team, int count, boolean villageHead) {
        for (int i = 0; i < count; i++) {
            json.append("{\"team\":\"").append(team).append("\",\"fullName\":\"Thành viên ").append(i + 1)
                    .append("\",\"phone\":\"09").append(String.format("%08d", i)).append("\",\"head\":")
                    .append(i == 0).append(",\"villageHead\":").append(villageHead && i == 0)
                    .append(",\"youthUnion\":").append(i == 1).append("},");
        }
    }
}
