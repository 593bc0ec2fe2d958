package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.geography.AdminUnitRepository;
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
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * The generated sweep of issue 12: for every user task a walked drive reaches, every variable name that the models or
 * the product's Java read and that is not a field of that task's form is written by the task's own official through
 * {@code /engine-rest} (complete, submit-form, the variables and local variables endpoints). Each try must be
 * refused with a 400 naming the variable and change no row. The drive is Hậu Giang's, whose demo organisation
 * names an official for every agency and commune, so each task is tried by an official of its own unit. Prints a SECURITY line per task and a total.
 */
@ProductTest
@Tag("fault")
@TestPropertySource(properties = "spring.mail.port=3526")
class SecuritySweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'])([A-Za-z_]\\w*)(?!\\s*[(\\w])");
    private static final Pattern JAVA_READ = Pattern.compile(
            "(?:getVariable|getVariableLocal|getVariableTyped|hasVariable|submitted|setVariable)\\(\\s*(?:\\w+\\s*,\\s*)?\"(\\w+)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String \\w+ = \"([a-z]\\w*)\";");
    private static final Set<String> NOT_VARIABLES = Set.of("execution", "task", "true", "false", "null", "empty",
            "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
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
    PasswordSetter passwords;
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanService planService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    RepositoryService repository;

    private TaskOfficials officials;
    private int cases;
    private int refused;
    private int accepted;
    private int serverErrors;
    private int notNamed;
    private final List<String> problems = new ArrayList<>();

    @Test
    void noOfficialWritesAVariableTheirTasksFormDoesNotHave() throws IOException {
        officials = new TaskOfficials(tasks, identity, passwords);
        Set<String> readNames = namesTheProductReads();
        SweepHttp http = SweepHttp.basic(port);
        RowFingerprint fingerprint = new RowFingerprint(jdbc);
        Set<String> swept = new TreeSet<>();
        // Hậu Giang: every-village founding, drafts returned once, a review that remediates (it plans no scale-up).
        walk("hau-giang-2022", http, fingerprint, swept, readNames, "REMEDIATE");
        // Quảng Trị: pilot communes chosen by the districts, each district's own review.
        organization.importYaml(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                "quang-tri-2022.yaml", false);
        walk("quang-tri-115", http, fingerprint, swept, readNames, "SUSTAIN");
        // Cần Thơ 2026: a provincial review that scales up, so the choice of the wave's communes appears too.
        organization.importYaml(new ClassPathResource("organizations/can-tho-2026.yaml").getContentAsByteArray(),
                "can-tho-2026.yaml", false);
        walk("can-tho-2026", http, fingerprint, swept, readNames, "SCALE_UP");

        Set<String> modelled = userTasksOfTheModels();
        Set<String> notReached = new TreeSet<>(modelled);
        notReached.removeAll(swept);
        System.out.println("SECURITY sweep total tasks=" + swept.size() + "/" + modelled.size() + " names="
                + readNames.size() + " cases=" + cases + " refused=" + refused + " accepted=" + accepted
                + " status5xx=" + serverErrors + " notNamed=" + notNamed + " changedRows=" + changedRows
                + " notReached=" + notReached);
        problems.forEach(p -> System.out.println("SECURITY problem: " + p));
        assertThat(problems).isEmpty();
        assertThat(cases).isEqualTo(refused);
        assertThat(notReached).as("user tasks no walk reached").isEmpty();
    }

    private int changedRows;

    /**
     * Walks a drive of this plan and sweeps the first task of each kind. The first nomination and the first phase
     * report are worked five days late, so the follow-ups of the escalations appear too; the first review decides
     * {@code firstReview}, later ones sustain.
     */
    private void walk(String planCode, SweepHttp http, RowFingerprint fingerprint, Set<String> swept,
                      Set<String> readNames, String firstReview) {
        CampaignWalker walker = new CampaignWalker(runtime, tasks, management, units, villages, villageImport);
        int[] approvals = {0};
        int[] reviews = {0};
        Map<String, String> lateTasks = new HashMap<>();
        walker.policy(new CampaignWalker.Policy() {
            @Override
            public Date workAt(Task task, CampaignWalker walker) {
                String key = task.getTaskDefinitionKey();
                boolean late = List.of(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS,
                        PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT).contains(key)
                        && task.getDueDate() != null && lateTasks.computeIfAbsent(key, k -> task.getId())
                        .equals(task.getId());
                return late ? new Date(task.getDueDate().getTime() + 5 * 86_400_000L) : null;
            }

            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                String key = task.getTaskDefinitionKey();
                Map<String,
                        Object> answer = key.equals(CampaignLifecycleProcess.TASK_APPROVE_PLANS) && approvals[0]++ == 0
                        ? Map.of("decision", "return", "returnedAssignments", walker.options(task,
                                "returnOptions", 1), "comments", "Bổ sung dự toán")
                        : key.equals(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW) ? Map.of("reviewDecision",
                                reviews[0]++ == 0 ? firstReview : "SUSTAIN", "reviewConclusions", "Kết luận sơ kết")
                        : null;
                // By the definition's key: an id longer than 64 characters is a bare UUID (CommitmentRegistrationProcess).
                String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
                if (!swept.add(processKey + "/" + key)) {
                    return answer;
                }
                // The walker's own answer, made once: making it again may choose other units.
                answer = answer != null ? answer : walker.defaultAnswer(task);
                sweep(http, fingerprint, task, answer, readNames);
                return answer;
            }
        });
        PlanFile plan = planService.rulesOf(plans.findFirstByCodeOrderByVersionDesc(planCode).orElseThrow());
        walker.walk(plan, "security-" + Long.toString(System.nanoTime(), 36), 5_000);
    }

    private void sweep(SweepHttp http, RowFingerprint fingerprint, Task task, Map<String, Object> valid,
                       Set<String> readNames) {
        Set<String> fields = formFields(task);
        String[] user = officials.of(task);
        Map<String, Object> base = new LinkedHashMap<>();
        if (valid != null) {
            valid.forEach((name, value) -> base.put(name, TaskOfficials.restValue(value)));
        }
        int before = cases;
        Map<String, String> print = fingerprint.take();
        String path = "/engine-rest/task/" + task.getId();
        for (String name : readNames) {
            if (fields.contains(name)) {
                continue;
            }
            Map<String, Object> foreign = foreignValue(task, name);
            Map<String, Object> withForeign = new LinkedHashMap<>(base);
            withForeign.put(name, foreign);
            String body = json(Map.of("variables", withForeign));
            send(http, task, name, http.request(path + "/complete", user[0], user[1]), body);
            send(http, task, name, http.request(path + "/submit-form", user[0], user[1]), body);
            send(http, task, name, http.request(path + "/variables/" + name, user[0], user[1]), json(foreign), "PUT");
            send(http, task, name, http.request(path + "/localVariables/" + name, user[0], user[1]), json(foreign),
                    "PUT");
            send(http, task, name, http.request(path + "/variables", user[0], user[1]),
                    json(Map.of("modifications", Map.of(name, foreign))));
        }
        List<String> changed = RowFingerprint.changed(print, fingerprint.take());
        if (!changed.isEmpty()) {
            changedRows++;
            problems.add(task.getTaskDefinitionKey() + " wrote to " + changed);
        }
        System.out.println("SECURITY task=" + task.getTaskDefinitionKey() + " official=" + user[0] + " formFields="
                + fields.size() + " cases=" + (cases - before) + " changedTables=" + changed.size());
    }

    private void send(SweepHttp http, Task task, String name, HttpRequest.Builder request, String body) {
        send(http, task, name, request, body, "POST");
    }

    private void send(SweepHttp http, Task task, String name, HttpRequest.Builder request, String body,
                      String method) {
        cases++;
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String what = task.getTaskDefinitionKey() + " " + method + " " + request.build().uri().getPath() + " " + name
                + " → " + response.statusCode();
        if (response.statusCode() == 400 && response.body().contains(name)) {
            refused++;
        } else if (response.statusCode() >= 500) {
            serverErrors++;
            problems.add(what + ": " + response.body());
        } else if (response.statusCode() < 400) {
            accepted++;
            problems.add(what + " accepted");
        } else {
            notNamed++;
            problems.add(what + " does not name it: " + response.body());
        }
    }

    /** A value of the type the variable has (a number for a unit or drive id), or a group id as text. */
    private Map<String, Object> foreignValue(Task task, String name) {
        Object current = runtime.getVariable(task.getExecutionId(), name);
        if (current instanceof Number) {
            return Map.of("value", 1, "type", "Long");
        }
        if (current instanceof Boolean flag) {
            return Map.of("value", !flag, "type", "Boolean");
        }
        return Map.of("value", "agency-hg-stttt", "type", "String");
    }

    /** The keys of the task's deployed form, top level (dynamic lists by their path). */
    private Set<String> formFields(Task task) {
        Set<String> keys = new HashSet<>();
        try (var form = forms.getDeployedTaskForm(task.getId())) {
            collect(JSON.readTree(form).path("components"), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                keys.add(component.path("path").asText());
            } else if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            } else if (component.has("components")) {
                collect(component.path("components"), keys);
            }
        }
    }

    /** Identifiers in the models' expressions and the names the Java code reads or writes as variables. */
    static Set<String> namesTheProductReads() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher expressions = EXPRESSION.matcher(Files.readString(model));
                while (expressions.find()) {
                    Matcher ids = IDENTIFIER.matcher(expressions.group(1).replaceAll("'[^']*'", "''"));
                    while (ids.find()) {
                        names.add(ids.group(1));
                    }
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher reads = JAVA_READ.matcher(code);
                while (reads.find()) {
                    names.add(reads.group(1));
                }
                if (source.getFileName().toString().endsWith("Variables.java")) {
                    Matcher constants = CONSTANT.matcher(code);
                    while (constants.find()) {
                        names.add(constants.group(1));
                    }
                }
            }
        }
        names.removeAll(NOT_VARIABLES);
        names.removeIf(name -> name.endsWith("Delegate") || name.endsWith("Listener") || name.equals("campaignSteps")
                || name.equals("pilotSelection"));
        return names;
    }

    private static Set<String> userTasksOfTheModels() throws IOException {
        Set<String> tasks = new TreeSet<>();
        Pattern process = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                Matcher key = process.matcher(xml);
                String processKey = key.find() ? key.group(1) : model.getFileName().toString();
                Matcher ids = userTask.matcher(xml);
                while (ids.find()) {
                    tasks.add(processKey + "/" + ids.group(1));
                }
            }
        }
        return tasks;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
