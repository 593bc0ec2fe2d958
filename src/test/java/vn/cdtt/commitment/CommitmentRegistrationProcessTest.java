package vn.cdtt.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;
import static vn.cdtt.support.ProcessDays.day;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/**
 * A commune's emulation commitment in Hậu Giang's drive, started as the launch's fan-out starts it: the leaders
 * launched on 15 July 2022 with registration open to the end of 29 July. A commune that registers by then is
 * stored; one that lets the window close is marked missed by the timer that fires the next midnight, before anyone
 * works that day; a commitment without its text or signer is refused naming the field.
 */
@ProductTest
class CommitmentRegistrationProcessTest {

    private static final LocalDate LAUNCHED = LocalDate.of(2022, 7, 15);
    private static final LocalDate LAST_DAY = LocalDate.of(2022, 7, 29);
    /** What the launch sets as {@code registrationClosesAt}: the end of the window's last day. */
    private static final Date CLOSES_AT = day(LAST_DAY.plusDays(1));
    private static final String PHUONG_I = "31318";
    private static final String PHUONG_III = "31321";

    @Autowired
    Commitments commitments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
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
    ProcessDays days;

    private final String run = Long.toString(System.nanoTime(), 36);
    private long campaign;

    @BeforeEach
    void launchedDrive() {
        at(LAUNCHED);
        campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "hau-giang-2022-commitment-" + run)).getId();
    }

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void aCommuneThatRegistersOnTheWindowsLastDayIsStoredAndItsRegistrationEnds() {
        String instance = start(PHUONG_I);
        assertThat(start(PHUONG_I)).as("one registration per campaign and unit").isEqualTo(instance);
        assertThat(commitments.statuses(campaign)).containsOnly(Map.entry(unit(PHUONG_I), "OPEN"));

        Task register = days.task(instance, CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT);
        assertThat(tasks.getIdentityLinksForTask(register.getId())).extracting(IdentityLink::getGroupId)
                .as("the commune's own committee").containsExactly("unit-vn2022-" + PHUONG_I);
        assertThat(register.getDueDate()).as("due when the window closes").isEqualTo(CLOSES_AT);
        assertThat(management.createJobQuery().processInstanceId(instance).timers().singleResult().getDuedate())
                .as("the window closes at the end of its last day").isEqualTo(day(2022, 7, 30));

        at(LAST_DAY);
        days.runDueTimers(instance);
        assertThat(days.task(instance,
                CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT)).as("open all of the last day").isNotNull();
        tasks.complete(register.getId(), Map.of("commitment", "  Hoàn thành 100 % chỉ tiêu kỹ năng số  ",
                "signedBy", "Chủ tịch UBND Phường I"));

        assertThat(jdbc.queryForMap("select status, commitment, signed_by, registered_at from"
                + " drive.emulation_commitment where campaign_id = ?", campaign))
                .containsEntry("status", "REGISTERED")
                .containsEntry("commitment", "Hoàn thành 100 % chỉ tiêu kỹ năng số")
                .containsEntry("signed_by", "Chủ tịch UBND Phường I")
                .hasEntrySatisfying("registered_at", at -> assertThat(((Date) at).toInstant())
                        .as("on the engine's clock").isEqualTo(day(LAST_DAY).toInstant()));
        assertEnded(instance, CommitmentRegistrationProcess.EVENT_COMMITMENT_REGISTERED);
        assertThat(management.createJobQuery().processInstanceId(instance).count()).as("the timer is gone").isZero();
    }

    @Test
    void aCommuneThatLetsTheWindowCloseIsMarkedMissedBeforeItsOfficialsStartTheNextDay() {
        String registers = start(PHUONG_I);
        String misses = start(PHUONG_III);
        at(2022, 7, 20);
        tasks.complete(days.task(registers, CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT).getId(),
                Map.of("commitment",
                "Mỗi ấp có tổ công nghệ số", "signedBy", "Chủ tịch UBND Phường I"));

        at(LAST_DAY);
        days.runDueTimers(registers, misses);
        assertThat(commitments.statuses(campaign)).containsEntry(unit(PHUONG_III), "OPEN");

        at(LAST_DAY.plusDays(1));   // midnight: the timer fires before anyone opens Tasklist
        days.runDueTimers(registers, misses);
        assertThat(commitments.statuses(campaign)).containsOnly(Map.entry(unit(PHUONG_I), "REGISTERED"),
                Map.entry(unit(PHUONG_III), "MISSED"));
        assertThat(days.task(misses,
                CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT)).as("nothing left to register").isNull();
        assertThat(jdbc.queryForMap("select commitment, signed_by, registered_at from drive.emulation_commitment"
                + " where campaign_id = ? and unit_id = ?", campaign, unit(PHUONG_III)))
                .containsEntry("commitment", null).containsEntry("signed_by", null)
                .containsEntry("registered_at", null);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(misses)
                .activityId(CommitmentRegistrationProcess.TASK_MARK_COMMITMENT_MISSED).finished().count()).isOne();
        assertEnded(misses, CommitmentRegistrationProcess.EVENT_COMMITMENT_MISSED);
    }

    @Test
    void aCommitmentWithoutItsTextOrSignerOrWithATooLongSignerIsRefusedNamingTheFieldAndNothingIsStored() {
        String instance = start(PHUONG_III);
        Task register = days.task(instance, CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT);
        at(2022, 7, 20);

        assertRefused(register, new HashMap<>(), "commitment: Bắt buộc phải có giá trị.",
                "signedBy: Bắt buộc phải có giá trị.");
        assertRefused(register, Map.of("commitment", " \u00a0\u2003 ", "signedBy", "Chủ tịch UBND Phường III"),
                "commitment: Bắt buộc phải có giá trị.");
        assertRefused(register, Map.of("commitment", 100, "signedBy", "Chủ tịch UBND Phường III"),
                "commitment: Bắt buộc phải có giá trị.");
        assertRefused(register, Map.of("commitment", "Mỗi ấp có tổ công nghệ số", "signedBy", "Đ".repeat(201)),
                "signedBy: Nội dung dài quá 200 ký tự.");

        tasks.complete(register.getId(), Map.of("commitment", "Mỗi ấp có tổ công nghệ số",
                "signedBy", "Đ".repeat(200)));
        assertThat(commitments.statuses(campaign)).containsEntry(unit(PHUONG_III), "REGISTERED");
    }

    @Test
    void aRegistrationAfterTheWindowClosedIsRefusedEvenBeforeTheTimerHasRun() {
        String instance = start(PHUONG_III);
        Task register = days.task(instance, CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT);
        at(LAST_DAY.plusDays(1));

        assertRefused(register, Map.of("commitment", "Mỗi ấp có tổ công nghệ số",
                "signedBy", "Chủ tịch UBND Phường III"), "commitment: Đã hết hạn đăng ký (ngày cuối 29/07/2022)");
    }

    private void assertRefused(Task register, Map<String, Object> form, String... messages) {
        assertThatThrownBy(() -> tasks.complete(register.getId(), form))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("Giao ước thi đua chưa đúng, chưa lưu:")
                        .contains(messages));
        assertThat(tasks.createTaskQuery().taskId(register.getId()).count()).as("the task stays open").isOne();
        assertThat(runtime.getVariables(register.getProcessInstanceId())).as("no value kept")
                .doesNotContainKeys("commitment", "signedBy");
        assertThat(jdbc.queryForList("select status || ' ' || coalesce(commitment, '-') || ' '"
                + " || coalesce(signed_by, '-') || ' ' || coalesce(registered_at::text, '-')"
                + " from drive.emulation_commitment where campaign_id = ?", String.class, campaign))
                .as("nothing stored").containsExactly("OPEN - - -");
    }

    /** As the launch's fan-out starts a reporting unit's registration, with the window the launch set. */
    private String start(String commune) {
        return commitments.start(campaign, unit(commune), CLOSES_AT);
    }

    private void assertEnded(String instance, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndActivityId()).isEqualTo(endEvent);
    }

    private long unit(String code) {
        return units.findValidOn(AdminLevel.COMMUNE, code, LAUNCHED).orElseThrow().getId();
    }
}
