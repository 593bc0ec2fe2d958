package vn.cdtt.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.Nomination.MemberNomination;
import vn.cdtt.team.Nomination.TeamNomination;
import vn.cdtt.team.Nomination;
import vn.cdtt.team.TeamService;
import vn.cdtt.training.flow.TrainingProcess;

/**
 * The training process on the engine for Hậu Giang 2022 (a team is trained when 80 % of its members attended):
 * sessions for the untrained teams until all are trained, closing early, and refused submissions.
 */
@ProductTest
class TrainingProcessTest {

    /** Before 1 March 2025 Hậu Giang's digital department is the Department of Information and Communications. */
    private static final String DIGITAL_DEPT = "agency-hg-stttt";
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 1);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TeamService teamService;
    @Autowired
    TrainingService trainings;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageImportService villageImport;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessDays days;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    private long campaign;
    /** Wave 0: teams of five, five and three members; wave 1: one team of three, not trained in wave 0. */
    private long teamA;
    private long teamB;
    private long teamC;
    private long laterTeam;

    @BeforeEach
    void campaignWithTeams() {
        at(TODAY);
        campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "hau-giang-2022-training-" + run)).getId();
        long phuongIII = units.findValidOn(AdminLevel.COMMUNE, "31321", TODAY).orElseThrow().getId();
        StringBuilder csv = new StringBuilder("code,name,commune_code,households\n");
        for (int i = 1; i <= 4; i++) {
            csv.append(run).append("-T").append(i).append(",Khu vực ").append(i).append(",31321,300\n");
        }
        villageImport.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), TODAY, UnitScope.EVERYWHERE);
        List<Long> founded = teamService.found(campaign, phuongIII, 0, new Nomination(List.of(
                team(1, 5), team(2, 5), team(3, 3))), null, TODAY, "21/QĐ-UBND");
        teamA = founded.get(0);
        teamB = founded.get(1);
        teamC = founded.get(2);
        laterTeam = teamService.found(campaign, phuongIII, 1, new Nomination(List.of(team(4, 3))), null,
                TODAY, "30/QĐ-UBND").get(0);
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aTeamBelowTheShareIsInvitedAgainAndTrainedByItsCumulativeAttendance() {
        String instance = start(0);
        Task schedule = days.task(instance, TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION);
        assertThat(groups(schedule)).containsExactly(DIGITAL_DEPT);
        assertThat(deployedForm(schedule)).contains("\"id\": \"ScheduleTrainingSessionForm\"",
                "\"valuesKey\": \"untrainedTeamOptions\"", "\"path\": \"invitedTeams\"");
        assertThat(runtime.getVariable(instance, "untrainedTeamCount")).as("wave 1's team is not yet due")
                .isEqualTo(3);
        assertThat(optionValues(instance, "untrainedTeamOptions"))
                .containsExactly(id(teamA), id(teamB), id(teamC));
        assertThat(json(instance, "invitedTeams")).as("every untrained team is pre-selected")
                .contains("\"team\":\"" + teamA + "\"", "\"team\":\"" + teamC + "\"");

        tasks.complete(schedule.getId(), session("2022-07-05", "IN_PERSON", "Hội trường UBND phường III", null,
                "Dịch vụ công trực tuyến; ứng dụng Hậu Giang", teamA, teamB, teamC));
        runJob(instance, TrainingProcess.TASK_SAVE_TRAINING_SESSION);
        long first = onlySession();
        assertThat(jdbc.queryForMap("select session_date, mode, place, platform, topics, wave, process_instance_id"
                + " from drive.training_session where id = ?", first)).containsEntry("mode", "IN_PERSON")
                .containsEntry("place", "Hội trường UBND phường III").containsEntry("platform", null)
                .containsEntry("session_date", java.sql.Date.valueOf("2022-07-05")).containsEntry("wave", 0)
                .containsEntry("process_instance_id", instance);
        assertThat(invitedTeams(first)).containsExactlyInAnyOrder(teamA, teamB, teamC);

        Task attendance = days.task(instance, TrainingProcess.TASK_RECORD_ATTENDANCE);
        assertThat(groups(attendance)).containsExactly(DIGITAL_DEPT);
        assertThat(deployedForm(attendance)).contains("\"id\": \"RecordTrainingAttendanceForm\"",
                "\"valuesKey\": \"memberOptions\"", "\"path\": \"attendance\"");
        assertThat(optionValues(instance, "memberOptions")).as("the invited teams' members, pre-filled")
                .hasSize(13).containsAll(ids(members(teamA))).doesNotContainAnyElementsOf(ids(members(laterTeam)));
        // A: 4 of 5 (80 %, trained); B: 3 of 5 (60 %, not yet); C: 3 of 3.
        Set<Long> present = attendedMembers(members(teamA).subList(0, 4), members(teamB).subList(0, 3),
                members(teamC));
        tasks.complete(attendance.getId(), attendance(first, present));
        runJob(instance, TrainingProcess.TASK_COUNT_TRAINED_TEAMS);

        assertThat(attended(first)).containsExactlyInAnyOrderElementsOf(present);
        assertThat(jdbc.queryForObject("select count(*) from drive.training_attendance where session_id = ?",
                Integer.class, first)).as("a row for every invited member").isEqualTo(13);
        assertThat(trainings.trainedTeamIds(campaign)).containsExactlyInAnyOrder(teamA, teamC);
        assertThat(runtime.getVariable(instance, "untrainedTeamCount")).isEqualTo(1);
        assertThat(optionValues(instance, "untrainedTeamOptions")).containsExactly(id(teamB));

        Task second = days.task(instance, TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION);
        assertThat(json(instance, "invitedTeams")).isEqualTo("[{\"team\":\"" + teamB + "\"}]");
        assertThat(runtime.getVariable(instance, "sessionTopics")).as("the next form starts empty").isNull();
        assertThatThrownBy(() -> tasks.complete(second.getId(), session("2022-07-12", "ONLINE", null,
                "Zoom", "Thanh toán không dùng tiền mặt", teamA)))
                .as("a trained team is not invited again")
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("invitedTeams[0].team: Tổ mã " + teamA + " không phải là tổ chưa được tập huấn");
        tasks.complete(second.getId(), session("2022-07-12", "ONLINE", null, "Zoom",
                "Thanh toán không dùng tiền mặt", teamB));
        runJob(instance, TrainingProcess.TASK_SAVE_TRAINING_SESSION);
        long secondSession = jdbc.queryForObject("select max(id) from drive.training_session where campaign_id = ?",
                Long.class, campaign);
        assertThat(jdbc.queryForMap("select mode, place, platform from drive.training_session where id = ?",
                secondSession)).containsEntry("mode", "ONLINE").containsEntry("place", null)
                .containsEntry("platform", "Zoom");
        assertThat(invitedTeams(secondSession)).containsExactly(teamB);
        assertThat(optionValues(instance, "memberOptions")).containsExactlyElementsOf(ids(members(teamB)));

        // Only B's fourth member comes: 1 of 5 in this session, 4 of 5 over both.
        Set<Long> latecomer = Set.of(members(teamB).get(3));
        tasks.complete(days.task(instance, TrainingProcess.TASK_RECORD_ATTENDANCE).getId(), attendance(secondSession,
                latecomer));
        runJob(instance, TrainingProcess.TASK_COUNT_TRAINED_TEAMS);

        assertThat(attended(secondSession)).containsExactlyElementsOf(latecomer);
        assertThat(trainings.trainedTeamIds(campaign)).containsExactlyInAnyOrder(teamA, teamB, teamC);
        assertThat(jdbc.queryForObject("select session_id from drive.team_training where team_id = ?", Long.class,
                teamB)).isEqualTo(secondSession);
        assertEnded(instance, TrainingProcess.EVENT_TEAMS_TRAINED);
        assertThat(trainings.untrainedTeams(campaign, 0)).isEmpty();
        assertThat(trainings.untrainedTeams(campaign, 1)).extracting(TrainingService.TrainingTeam::id)
                .as("the next wave trains the new team").containsExactly(laterTeam);
    }

    @Test
    void closingTheTrainingLeavesTheRemainingTeamsListedAsUntrained() {
        String instance = start(1);
        assertThat(runtime.getVariable(instance, "untrainedTeamCount")).isEqualTo(4);
        tasks.complete(days.task(instance, TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION).getId(),
                session("2022-07-01", "IN_PERSON",
                "Nhà văn hóa khu vực 1", null, "Kỹ năng số cơ bản", teamA, teamB, teamC, laterTeam));
        runJob(instance, TrainingProcess.TASK_SAVE_TRAINING_SESSION);
        long session = onlySession();
        // Two of A's five members come: 40 %, nobody is trained.
        tasks.complete(days.task(instance, TrainingProcess.TASK_RECORD_ATTENDANCE).getId(),
                attendance(session, Set.copyOf(members(teamA).subList(0, 2))));
        runJob(instance, TrainingProcess.TASK_COUNT_TRAINED_TEAMS);
        assertThat(trainings.trainedTeamIds(campaign)).isEmpty();
        assertThat(runtime.getVariable(instance, "untrainedTeamCount")).isEqualTo(4);

        tasks.complete(days.task(instance, TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION).getId(),
                Map.of("trainingAction", "close"));

        assertEnded(instance, TrainingProcess.EVENT_TRAINING_CLOSED);
        assertThat(jdbc.queryForObject("select count(*) from drive.training_session where campaign_id = ?",
                Integer.class, campaign)).as("closing saves no session").isOne();
        String listed = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("untrainedTeamOptions").singleResult().getValue().toString();
        assertThat(listed).contains("\"value\":\"" + teamA + "\"", "\"value\":\"" + laterTeam + "\"")
                .contains("Tổ khu vực 1 — Phường III");
        assertThat(trainings.untrainedTeams(campaign, 1)).extracting(TrainingService.TrainingTeam::id)
                .containsExactly(teamA, teamB, teamC, laterTeam);
    }

    @Test
    void badSessionsAreRefusedWithTheFieldNamedAndNothingIsSaved() {
        String instance = start(0);
        Task schedule = days.task(instance, TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION);

        assertRefused(schedule, session("2022-07-05", "IN_PERSON", "Hội trường", "  ", teamA),
                "sessionTopics: Phải nhập nội dung tập huấn.");
        assertRefused(schedule, session("2022-06-30", "IN_PERSON", "Hội trường", "Kỹ năng số", teamA),
                "sessionDate: Ngày tập huấn 30/06/2022 đã qua; hãy chọn từ hôm nay (01/07/2022) trở đi.");
        assertRefused(schedule, session("2022-07-05", "IN_PERSON", "Hội trường", "Kỹ năng số", teamA, 999_999_999L),
                "invitedTeams[1].team: Tổ mã 999999999 không phải là tổ chưa được tập huấn");
        assertRefused(schedule, session("2022-07-05", "IN_PERSON", "Hội trường", "Kỹ năng số", laterTeam),
                "invitedTeams[0].team: Tổ mã " + laterTeam + " không phải");
        assertRefused(schedule, session("2022-07-05", "IN_PERSON", null, "Kỹ năng số", teamA),
                "sessionPlace: Buổi tập huấn trực tiếp phải có địa điểm.");
        assertRefused(schedule, session("2022-07-05", "ONLINE", "Hội trường", "Kỹ năng số", teamA),
                "sessionPlatform: Buổi tập huấn trực tuyến phải có nền tảng");
        assertRefused(schedule, session(null, null, null, null),
                "sessionDate: Phải nhập ngày tập huấn.; sessionMode: Hãy chọn hình thức tập huấn",
                "sessionTopics: Phải nhập nội dung", "invitedTeams: Phải mời ít nhất một tổ.");
        assertRefused(schedule, Map.of("sessionTopics", "Kỹ năng số"), "trainingAction: Hãy chọn lên lịch");

        // Through REST, as Tasklist submits the form: 400 with the reason, never 500.
        ResponseEntity<Map> refused = http.withBasicAuth("admin", "Test@Kiemthu-2026").postForEntity(
                "/engine-rest/task/" + schedule.getId() + "/submit-form", Map.of("variables", Map.of(
                        "trainingAction", Map.of("value", "schedule"),
                        "sessionDate", Map.of("value", "2022-07-05"),
                        "sessionMode", Map.of("value", "ONLINE"),
                        "sessionPlatform", Map.of("value", "Google Meet"),
                        "invitedTeams", Map.of("type", "Json", "value", "[{\"team\":\"" + teamA + "\"}]"))),
                Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("sessionTopics: Phải nhập nội dung tập huấn.");
        assertThat(days.task(instance,
                TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION).getId()).isEqualTo(schedule.getId());
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();

        tasks.complete(schedule.getId(), session("2022-07-01", "IN_PERSON", "Hội trường", "Kỹ năng số", teamA, teamB));
        runJob(instance, TrainingProcess.TASK_SAVE_TRAINING_SESSION);
        long session = onlySession();
        Task attendance = days.task(instance, TrainingProcess.TASK_RECORD_ATTENDANCE);
        long outsider = members(teamC).get(0);
        long member = members(teamA).get(0);

        assertAttendanceRefused(attendance, "[{\"member\":\"" + member + "\",\"attended\":true},"
                + "{\"member\":\"" + outsider + "\",\"attended\":true}]",
                "attendance[1].member: Thành viên mã " + outsider + " không thuộc tổ nào được mời");
        assertAttendanceRefused(attendance, "[{\"member\":\"" + member + "\",\"attended\":true},"
                + "{\"member\":\"" + member + "\",\"attended\":false}]",
                "attendance[1].member: Giá trị \"" + member + "\" bị trùng");
        assertAttendanceRefused(attendance, "[]", "attendance: Danh sách điểm danh trống.");
        assertThat(jdbc.queryForObject("select count(*) from drive.training_attendance where session_id = ?",
                Integer.class, session)).as("nothing written").isZero();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void aCampaignWithoutUntrainedTeamsEndsAtOnce() {
        long empty = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "hau-giang-2022-empty-" + run)).getId();
        String instance = runtime.startProcessInstanceByKey(TrainingService.PROCESS, "empty-" + run,
                Map.of("campaignId", empty, "wave", 0)).getId();
        assertEnded(instance, TrainingProcess.EVENT_TEAMS_TRAINED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION).count()).isZero();
    }

    private void assertRefused(Task task, Map<String, Object> form, String... messages) {
        assertThatThrownBy(() -> tasks.complete(task.getId(), form))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("Buổi tập huấn chưa đúng, chưa lưu:")
                        .contains(messages));
        assertThat(days.task(task.getProcessInstanceId(), TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION).getId())
                .as("the task stays open").isEqualTo(task.getId());
        assertThat(jdbc.queryForObject("select count(*) from drive.training_session where campaign_id = ?",
                Integer.class, campaign)).as("nothing saved").isZero();
    }

    private void assertAttendanceRefused(Task task, String rows, String message) {
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("attendance",
                SpinValues.jsonValue(rows).create())))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Điểm danh chưa đúng, chưa lưu:").hasMessageContaining(message);
        assertThat(days.task(task.getProcessInstanceId(),
                TrainingProcess.TASK_RECORD_ATTENDANCE).getId()).isEqualTo(task.getId());
    }

    private String start(int wave) {
        return runtime.startProcessInstanceByKey(TrainingService.PROCESS, "training-" + run + "/" + wave,
                Map.of("campaignId", campaign, "wave", wave)).getId();
    }

    /** The scheduling form as Tasklist submits it. */
    private static Map<String, Object> session(String date, String mode, String place, String platform,
                                               String topics, Long... teams) {
        Map<String, Object> form = new HashMap<>();
        form.put("trainingAction", "schedule");
        form.put("sessionDate", date);
        form.put("sessionMode", mode);
        form.put("sessionPlace", place);
        form.put("sessionPlatform", platform);
        form.put("sessionTopics", topics);
        form.put("invitedTeams", SpinValues.jsonValue(java.util.Arrays.stream(teams)
                .map(t -> "{\"team\":\"" + t + "\"}").collect(Collectors.joining(",", "[", "]"))).create());
        return form;
    }

    private static Map<String, Object> session(String date, String mode, String place, String topics,
                                               long team) {
        return session(date, mode, place, null, topics, team);
    }

    private static Map<String, Object> session(String date, String mode, String place, String topics,
                                               long team, long other) {
        return session(date, mode, place, null, topics, team, other);
    }

    private static Map<String, Object> session(String date, String mode, String place, String topics) {
        return session(date, mode, place, null, topics);
    }

    /** The attendance form: the pre-filled rows with the given members ticked. */
    private Map<String, Object> attendance(long session, Set<Long> present) {
        String rows = trainings.invitedMembers(session).stream()
                .map(m -> "{\"member\":\"" + m.id() + "\",\"attended\":" + present.contains(m.id()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return Map.of("attendance", SpinValues.jsonValue(rows).create());
    }

    @SafeVarargs
    private static Set<Long> attendedMembers(List<Long>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).collect(Collectors.toSet());
    }

    private void runJob(String instance, String activity) {
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        assertThat(job).as("the save point before " + activity).isNotNull();
        management.executeJob(job.getId());
    }

    private void assertEnded(String instance, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(endEvent)
                .finished().list()).extracting(HistoricActivityInstance::getActivityId).containsExactly(endEvent);
    }

    private long onlySession() {
        return jdbc.queryForObject("select id from drive.training_session where campaign_id = ?", Long.class,
                campaign);
    }

    private List<Long> invitedTeams(long session) {
        return jdbc.queryForList("select team_id from drive.training_invitation where session_id = ?", Long.class,
                session);
    }

    private List<Long> attended(long session) {
        return jdbc.queryForList("select member_id from drive.training_attendance where session_id = ? and attended",
                Long.class, session);
    }

    private List<Long> members(long team) {
        return jdbc.queryForList("select id from drive.team_member where team_id = ? order by position", Long.class,
                team);
    }

    /** The Camunda Form Tasklist loads for the task (formRef, bound to the deployment). */
    private String deployedForm(Task task) {
        try (java.io.InputStream form = forms.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }

    private String json(String instance, String name) {
        return runtime.getVariable(instance, name).toString().replace(" ", "");
    }

    /** The values of a {label, value} options variable, in order. */
    private List<String> optionValues(String instance, String name) {
        List<String> values = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\":\"(\\d+)\"")
                .matcher(json(instance, name));
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private TeamNomination team(int village, int size) {
        List<MemberNomination> members = IntStream.range(0, size).mapToObj(i -> new MemberNomination(
                "Thành viên " + village + "." + (i + 1), "09" + String.format("%08d", village * 10 + i), i == 0,
                i == size - 1, false)).toList();
        return new TeamNomination(run + "-T" + village, "Tổ khu vực " + village, null, members);
    }
}
