package vn.cdtt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import vn.cdtt.commendation.flow.CommendationProcess;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/**
 * The commendation process on Hậu Giang's plan (last phase Y2023: working-age digital skills, target 95 %), with
 * verified reports stored directly: ranking, proposals, vetting, the council's vote against the plan's thresholds
 * (Bằng khen 60 %, Giấy khen 50 %), the Chairman's decision, and refused submissions that write nothing.
 */
@ProductTest
class CommendationProcessTest {

    private static final String PROCESS = CommendationProcess.KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate IN_2023 = LocalDate.of(2023, 6, 1);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanService planService;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommendationService commendations;
    @Autowired
    ProcessDays days;

    private final String run = Long.toString(System.nanoTime(), 36);
    private long phuongIII;
    private long phuongI;
    private long viTan;
    private long motNgan;
    private long viThanh;

    @BeforeEach
    void units() {
        phuongIII = unit(AdminLevel.COMMUNE, "31321");
        phuongI = unit(AdminLevel.COMMUNE, "31318");
        viTan = unit(AdminLevel.COMMUNE, "31333");
        motNgan = unit(AdminLevel.COMMUNE, "31342");
        viThanh = unit(AdminLevel.DISTRICT, "930");
        at(2024, 2, 1);
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aProposalThatReachesItsThresholdIsAwardedAndOneBelowItIsNot() {
        long campaign = campaignWithFinalReports("hau-giang-2022");
        String instance = startAndRank(campaign);

        Map<Long, CommendationService.Proposal> ranked = byUnit(commendations.proposals(campaign, "RANKED"));
        assertThat(ranked).as("the open report and the earlier phase are not ranked")
                .containsOnlyKeys(phuongIII, phuongI, viTan, viThanh);
        assertThat(ranked.get(phuongIII)).extracting("rank", "peers", "suggested")
                .containsExactly(1, 3, vn.cdtt.plan.AwardKind.PROVINCIAL_CERTIFICATE_OF_MERIT);
        assertThat(ranked.get(phuongIII).score()).isEqualByComparingTo("105.26");
        assertThat(ranked.get(phuongI)).extracting("rank", "suggested")
                .containsExactly(2, vn.cdtt.plan.AwardKind.CERTIFICATE_OF_MERIT);
        assertThat(ranked.get(viTan)).extracting("rank", "suggested").containsExactly(3, null);
        assertThat(ranked.get(viThanh)).extracting("rank", "peers", "suggested")
                .containsExactly(1, 1, vn.cdtt.plan.AwardKind.PROVINCIAL_CERTIFICATE_OF_MERIT);

        Task propose = days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS);
        assertThat(groups(propose)).containsExactly("agency-hg-ubnd");
        String prefilled = runtime.getVariable(instance, "proposals").toString();
        assertThat(prefilled).as("only suggested units").contains("\"proposalId\":" + id(ranked, phuongIII))
                .contains("\"proposalId\":" + id(ranked, viThanh)).doesNotContain("\"proposalId\":" + id(ranked, viTan))
                .contains("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(runtime.getVariable(instance, "awardKindOptions").toString())
                .contains("EMULATION_FLAG", "CERTIFICATE_OF_MERIT");

        // a unit not among the suggested ones, and a kind no plan has: refused, nothing written
        assertThatThrownBy(() -> tasks.complete(propose.getId(), json("proposals", "["
                + proposal(id(ranked, phuongIII), true, "HUAN_CHUONG_LAO_DONG", "Dẫn đầu") + ","
                + proposal(999_999_999L, true, "CERTIFICATE_OF_MERIT", "Không có") + ","
                + proposal(id(ranked, viThanh), true, "PROVINCIAL_CERTIFICATE_OF_MERIT", " ") + "]")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("proposals[0].awardKind: Kế hoạch không có hình thức khen thưởng")
                .hasMessageContaining("proposals[1].proposalId: Không có hồ sơ đề nghị số 999999999")
                .hasMessageContaining("proposals[2].reason: Hãy ghi lý do");
        assertThat(days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS)).as("still open").isNotNull();
        assertThat(commendations.proposals(campaign, "PROPOSED")).isEmpty();

        tasks.complete(propose.getId(), json("proposals", "["
                + proposal(id(ranked, phuongIII), true, "PROVINCIAL_CERTIFICATE_OF_MERIT", "Dẫn đầu khối xã") + ","
                + proposal(id(ranked, phuongI), true, "CERTIFICATE_OF_MERIT", "Đạt 95 % mục tiêu") + ","
                + proposal(id(ranked, viThanh), true, "PROVINCIAL_CERTIFICATE_OF_MERIT", "Huyện đạt mọi mục tiêu")
                + "]"));
        assertThat(statuses(campaign)).containsEntry(phuongIII, "PROPOSED").containsEntry(phuongI, "PROPOSED")
                .containsEntry(viThanh, "PROPOSED").containsEntry(viTan, "RANKED");

        Task vet = days.task(instance, CommendationProcess.TASK_VET_PROPOSALS);
        assertThat(groups(vet)).containsExactly("agency-hg-snv");
        String rejectWithoutNote = "[" + verdict(id(ranked, phuongIII), "accept", null) + ","
                + verdict(id(ranked, phuongI), "accept", "") + "," + verdict(id(ranked, viThanh), "reject", " ") + "]";
        assertThatThrownBy(() -> tasks.complete(vet.getId(), json("vetting", rejectWithoutNote)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("vetting[2].note: Khi không chấp nhận, phải ghi lý do");
        assertThatThrownBy(() -> tasks.complete(vet.getId(), json("vetting",
                "[" + verdict(id(ranked, phuongIII), "accept", null) + "]")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("vetting: Chưa thẩm định hồ sơ của Phường I");
        assertThat(days.task(instance, CommendationProcess.TASK_VET_PROPOSALS)).isNotNull();
        assertThat(commendations.proposals(campaign, "ACCEPTED", "REJECTED")).isEmpty();
        tasks.complete(vet.getId(), json("vetting", "[" + verdict(id(ranked, phuongIII), "accept", null) + ","
                + verdict(id(ranked, phuongI), "accept", "Hồ sơ đầy đủ") + ","
                + verdict(id(ranked, viThanh), "reject", "Thiếu báo cáo thành tích") + "]"));
        assertThat(statuses(campaign)).containsEntry(phuongIII, "ACCEPTED").containsEntry(phuongI, "ACCEPTED")
                .containsEntry(viThanh, "REJECTED");
        assertThat(jdbc.queryForObject("select vet_note from drive.commendation_proposal where id = ?", String.class,
                id(ranked, viThanh))).isEqualTo("Thiếu báo cáo thành tích");

        Task vote = days.task(instance, CommendationProcess.TASK_RECORD_COUNCIL_VOTES);
        assertThat(groups(vote)).containsExactly("agency-hg-snv");
        assertThat(runtime.getVariable(instance, "ballots").toString()).contains("60 %", "50 %")
                .doesNotContain("\"proposalId\":" + id(ranked, viThanh));
        Map<String, Object> overMembers = json("ballots", "[" + ballot(id(ranked, phuongIII), 11) + ","
                + ballot(id(ranked, phuongI), 4) + "]");
        overMembers.put("membersPresent", 10);
        assertThatThrownBy(() -> tasks.complete(vote.getId(), overMembers))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("ballots[0].votesFor: Số phiếu đồng ý (11) không được lớn hơn số thành viên"
                        + " có mặt (10)");
        Map<String, Object> nobodyPresent = json("ballots", "[" + ballot(id(ranked, phuongIII), 0) + ","
                + ballot(id(ranked, viThanh), 0) + "]");
        nobodyPresent.put("membersPresent", 0);
        assertThatThrownBy(() -> tasks.complete(vote.getId(), nobodyPresent))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("membersPresent: Số thành viên Hội đồng có mặt phải là số nguyên từ 1")
                .as("a rejected proposal is not put to the vote")
                .hasMessageContaining("ballots[1].proposalId: Không có hồ sơ đề nghị số " + id(ranked, viThanh))
                .hasMessageContaining("ballots: Chưa nhập kết quả bỏ phiếu cho Phường I");
        assertThat(days.task(instance, CommendationProcess.TASK_RECORD_COUNCIL_VOTES)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from drive.commendation_proposal where campaign_id = ?"
                + " and votes_for is not null", Integer.class, campaign)).isZero();

        Map<String, Object> votes = json("ballots", "[" + ballot(id(ranked, phuongIII), 6) + ","
                + ballot(id(ranked, phuongI), 4) + "]");
        votes.put("membersPresent", 10);
        tasks.complete(vote.getId(), votes);
        assertThat(statuses(campaign)).as("6/10 reaches 60 %, 4/10 misses 50 %")
                .containsEntry(phuongIII, "PASSED").containsEntry(phuongI, "FAILED");

        Task decide = days.task(instance, CommendationProcess.TASK_DECIDE_COMMENDATIONS);
        assertThat(groups(decide)).containsExactly("agency-hg-ubnd");
        assertThat(runtime.getVariable(instance, "passed").toString()).contains("Phường III", "6/10")
                .doesNotContain("Phường I\"");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("decisionNumber", " ",
                "decidedOn", "2024-03-01")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("decisionNumber: Hãy nhập số quyết định")
                .hasMessageContaining("decidedOn: Ngày ký 2024-03-01 không được sau hôm nay (2024-02-01)");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("decisionNumber", "215/QĐ-UBND",
                "decidedOn", "31/01/2024")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("decidedOn: Ngày \"31/01/2024\" không hợp lệ");
        tasks.complete(decide.getId(), Map.of("decisionNumber", "215/QĐ-UBND", "decidedOn", "2024-01-31"));
        assertThat(awards(campaign)).as("nothing before the job runs").isEmpty();
        runJob(instance);
        runJob(instance);

        assertThat(awards(campaign)).containsExactly(
                phuongIII + " PROVINCIAL_CERTIFICATE_OF_MERIT 215/QĐ-UBND 2024-01-31");
        assertThat(commendations.recordAwards(campaign, "215/QĐ-UBND", LocalDate.of(2024, 1, 31)))
                .as("recording again adds nothing").isZero();
        assertEnded(instance, CommendationProcess.EVENT_COMMENDATIONS_AWARDED);
    }

    @Test
    void aBangKhenWithFiveOfTenVotesFailsAndNothingIsAwarded() {
        long campaign = campaignWithFinalReports("hau-giang-2022");
        String instance = startAndRank(campaign);
        Map<Long, CommendationService.Proposal> ranked = byUnit(commendations.proposals(campaign, "RANKED"));

        // The form lists every suggested unit and takes none away: a list without them (or empty) is no answer.
        String proposeTask = days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS).getId();
        for (String partial : List.of("[]", "[" + proposal(id(ranked, phuongIII), true,
                "PROVINCIAL_CERTIFICATE_OF_MERIT", "Dẫn đầu khối xã") + "]")) {
            assertThatThrownBy(() -> tasks.complete(proposeTask, json("proposals", partial)))
                    .hasRootCauseInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("Danh sách đề xuất thiếu dòng của Phường I");
        }
        assertThat(commendations.proposals(campaign, "PROPOSED")).as("nothing written").isEmpty();

        tasks.complete(days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS).getId(), json("proposals",
                "["
                + proposal(id(ranked, phuongIII), true, "PROVINCIAL_CERTIFICATE_OF_MERIT", "Dẫn đầu khối xã") + ","
                + proposal(id(ranked, phuongI), false, null, null) + ","
                + proposal(id(ranked, viThanh), false, "PROVINCIAL_CERTIFICATE_OF_MERIT", "") + "]"));
        assertThat(runtime.getVariable(instance, "proposedCount")).isEqualTo(1);
        tasks.complete(days.task(instance, CommendationProcess.TASK_VET_PROPOSALS).getId(), json("vetting",
                "[" + verdict(id(ranked, phuongIII), "accept", null) + "]"));
        Map<String, Object> votes = json("ballots", "[" + ballot(id(ranked, phuongIII), 5) + "]");
        votes.put("membersPresent", "10");
        tasks.complete(days.task(instance, CommendationProcess.TASK_RECORD_COUNCIL_VOTES).getId(), votes);

        assertThat(statuses(campaign)).containsEntry(phuongIII, "FAILED").containsEntry(phuongI, "RANKED")
                .containsEntry(viThanh, "RANKED");
        assertThat(jdbc.queryForMap("select votes_for, members_present from drive.commendation_proposal"
                + " where id = ?", id(ranked, phuongIII))).containsEntry("votes_for", 5)
                .containsEntry("members_present", 10);
        assertThat(awards(campaign)).isEmpty();
        assertEnded(instance, CommendationProcess.EVENT_NONE_PASSED);
    }

    @Test
    void whenTheBoardRejectsEveryProposalNothingGoesToTheCouncil() throws IOException {
        long campaign = campaignWithFinalReports("hau-giang-2022");
        String instance = startAndRank(campaign);

        // the lists go back as Tasklist submits them: the pre-filled rows, with the board's verdicts added
        tasks.complete(days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS).getId(),
                json("proposals", runtime.getVariable(instance, "proposals").toString()));
        assertThat(statuses(campaign)).as("every suggested unit proposed as suggested")
                .containsEntry(phuongIII, "PROPOSED").containsEntry(phuongI, "PROPOSED")
                .containsEntry(viThanh, "PROPOSED").containsEntry(viTan, "RANKED");
        List<Map<String, Object>> vetting = JSON.readValue(runtime.getVariable(instance, "vetting").toString(),
                new TypeReference<>() { });
        assertThat(vetting).hasSize(3);
        vetting.forEach(row -> {
            row.put("verdict", "reject");
            row.put("note", "Chưa đủ hồ sơ thành tích");
        });
        tasks.complete(days.task(instance, CommendationProcess.TASK_VET_PROPOSALS).getId(),
                json("vetting", JSON.writeValueAsString(vetting)));

        assertThat(statuses(campaign)).containsEntry(phuongIII, "REJECTED").containsEntry(phuongI, "REJECTED")
                .containsEntry(viThanh, "REJECTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(CommendationProcess.TASK_RECORD_COUNCIL_VOTES).count()).isZero();
        assertThat(awards(campaign)).isEmpty();
        assertEnded(instance, CommendationProcess.EVENT_NONE_ACCEPTED);
    }

    @Test
    void aPlanWithoutTheFlagNeitherOffersNorAcceptsIt() throws IOException {
        String code = "hau-giang-no-flag-" + run;
        String yaml = new ClassPathResource("plans/hau-giang-2022.yaml").getContentAsString(StandardCharsets.UTF_8)
                .replace("code: hau-giang-2022", "code: " + code)
                .replace(", EMULATION_FLAG: 70 }", " }");
        assertThat(yaml).contains("PROVINCIAL_CERTIFICATE_OF_MERIT: 60 }");
        planService.load(yaml.getBytes(StandardCharsets.UTF_8), code + ".yaml");
        long campaign = campaignWithFinalReports(code);
        String instance = startAndRank(campaign);
        Map<Long, CommendationService.Proposal> ranked = byUnit(commendations.proposals(campaign, "RANKED"));

        assertThat(runtime.getVariable(instance, "awardKindOptions").toString())
                .contains("PROVINCIAL_CERTIFICATE_OF_MERIT").doesNotContain("EMULATION_FLAG");
        Task propose = days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS);
        assertThatThrownBy(() -> tasks.complete(propose.getId(), json("proposals", "["
                + proposal(id(ranked, phuongIII), true, "EMULATION_FLAG", "Dẫn đầu toàn tỉnh") + "]")))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("proposals[0].awardKind: Kế hoạch không có hình thức khen thưởng"
                        + " \"EMULATION_FLAG\"; chỉ được chọn: Giấy khen, Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(days.task(instance, CommendationProcess.TASK_PROPOSE_COMMENDATIONS)).isNotNull();
        assertThat(commendations.proposals(campaign, "PROPOSED")).isEmpty();
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    /**
     * Verified Y2023 reports (target 95 %): Phường III 100 (105.26 %), Phường I 90 (94.74 %), Vị Tân 50, district
     * Vị Thanh 96; Một Ngàn's report is still open, and Phường I also has an earlier phase's report.
     */
    private long campaignWithFinalReports(String planCode) {
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(planCode).orElseThrow(),
                planCode + "-commendation-" + run)).getId();
        report(campaign, "Y2023", phuongIII, "WORKING_AGE_DIGITAL_SKILLS", 100, true);
        report(campaign, "Y2023", phuongI, "WORKING_AGE_DIGITAL_SKILLS", 90, true);
        report(campaign, "Y2023", viTan, "WORKING_AGE_DIGITAL_SKILLS", 50, true);
        report(campaign, "Y2023", viThanh, "WORKING_AGE_DIGITAL_SKILLS", 96, true);
        report(campaign, "Y2023", motNgan, "WORKING_AGE_DIGITAL_SKILLS", 100, false);
        report(campaign, "T7-2022", viTan, "AWARE_HOUSEHOLDS", 99, true);
        return campaign;
    }

    private void report(long campaign, String phaseCode, long unit, String indicator, int value, boolean verified) {
        Long phase = jdbc.queryForObject("select p.id from drive.plan_phase p join drive.campaign c"
                + " on c.plan_id = p.plan_id where c.id = ? and p.code = ?", Long.class, campaign, phaseCode);
        Long indicatorId = jdbc.queryForObject("select i.id from drive.plan_indicator i join drive.campaign c"
                + " on c.plan_id = i.plan_id where c.id = ? and i.code = ?", Long.class, campaign, indicator);
        Long report = jdbc.queryForObject("insert into drive.phase_report (campaign_id, phase_id, unit_id,"
                + " process_instance_id, status, verified_at) values (?, ?, ?, ?, ?, ?) returning id", Long.class,
                campaign, phase, unit, "test-" + run, verified ? "VERIFIED" : "OPEN",
                verified ? java.sql.Timestamp.valueOf("2024-01-10 09:00:00") : null);
        jdbc.update("insert into drive.phase_report_value (report_id, indicator_id, value) values (?, ?, ?)",
                report, indicatorId, value);
    }

    private String startAndRank(long campaign) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, "commendation-" + campaign,
                Map.of("campaignId", campaign)).getId();
        assertThat(days.task(instance,
                CommendationProcess.TASK_PROPOSE_COMMENDATIONS)).as("ranking waits for the job executor").isNull();
        runJob(instance);
        assertThat(runtime.getVariable(instance, "rankedCount")).isEqualTo(4);
        return instance;
    }

    private void runJob(String instance) {
        management.createJobQuery().processInstanceId(instance).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void assertEnded(String instance, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("noneEndEvent").list()).extracting(HistoricActivityInstance::getActivityId).containsExactly(endEvent);
    }

    private Map<Long, String> statuses(long campaign) {
        return commendations.proposals(campaign, "RANKED", "PROPOSED", "ACCEPTED", "REJECTED", "PASSED", "FAILED")
                .stream().collect(Collectors.toMap(CommendationService.Proposal::unitId,
                        CommendationService.Proposal::status));
    }

    private List<String> awards(long campaign) {
        return jdbc.queryForList("select unit_id || ' ' || kind || ' ' || decision_number || ' ' || decided_on"
                + " from drive.commendation_award where campaign_id = ? order by unit_id", String.class, campaign);
    }

    private static Map<Long, CommendationService.Proposal> byUnit(List<CommendationService.Proposal> proposals) {
        Map<Long, CommendationService.Proposal> byUnit = new LinkedHashMap<>();
        proposals.forEach(p -> byUnit.put(p.unitId(), p));
        return byUnit;
    }

    private static long id(Map<Long, CommendationService.Proposal> ranked, long unit) {
        return ranked.get(unit).id();
    }

    private static String proposal(long id, boolean include, String kind, String reason) {
        return "{\"proposalId\":" + id + ",\"unit\":\"…\",\"include\":" + include + ",\"awardKind\":"
                + quoted(kind) + ",\"reason\":" + quoted(reason) + "}";
    }

    private static String verdict(long id, String verdict, String note) {
        return "{\"proposalId\":" + id + ",\"verdict\":" + quoted(verdict) + ",\"note\":" + quoted(note) + "}";
    }

    private static String ballot(long id, int votesFor) {
        return "{\"proposalId\":" + id + ",\"votesFor\":" + votesFor + "}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static Map<String, Object> json(String name, String json) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, SpinValues.jsonValue(json).create());
        return variables;
    }

    private long unit(AdminLevel level, String code) {
        return units.findValidOn(level, code, IN_2023).orElseThrow().getId();
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }
}
