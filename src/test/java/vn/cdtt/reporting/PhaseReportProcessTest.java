package vn.cdtt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cdtt.support.ProcessDays.at;
import static vn.cdtt.support.ProcessDays.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.deadline.DeadlineEvents;
import vn.cdtt.deadline.DeadlineKind;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/** Cần Thơ's three report deadlines (15 Jun, 15 Sep, 15 Dec 2022) with the clock moved, and the verify loop. */
@ProductTest
class PhaseReportProcessTest {

    @Autowired
    PhaseReports reports;
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
    DeadlineEvents events;
    @Autowired
    ProcessDays days;
    @Autowired
    OrganizationImportService organization;

    private final String run = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    @Test
    void canThosThreeReportDeadlinesRemindAndEscalateAndAVerifiedReportIsStored() {
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("can-tho-1170")
                .orElseThrow(), "can-tho-1170-" + run)).getId();
        long caiKhe = units.findValidOn(AdminLevel.COMMUNE, "31117", LocalDate.of(2022, 4, 1)).orElseThrow().getId();
        at(2022, 4, 1);
        String june = reports.start(campaign, "TO-15-JUN", caiKhe);
        String september = reports.start(campaign, "TO-15-SEP", caiKhe);
        String december = reports.start(campaign, "TO-15-DEC", caiKhe);
        assertThat(reports.start(campaign, "TO-15-JUN", caiKhe)).as("never twice").isEqualTo(june);

        Task submitJune = days.task(june, PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT);
        assertThat(submitJune.getDueDate()).isEqualTo(day(2022, 6, 15));
        assertThat(groups(submitJune)).containsExactly("unit-vn2022-31117");

        at(2022, 6, 12);
        days.runDueTimers(june, september, december);
        at(2022, 6, 17);
        days.runDueTimers(june, september, december);
        assertThat(groups(days.task(june,
                PhaseReportProcess.TASK_FOLLOW_UP_OVERDUE_REPORT))).containsExactly("unit-vn2022-916");

        at(2022, 9, 12);
        days.runDueTimers(june, september, december);
        at(2022, 9, 13);
        Task submit = days.task(september, PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT);
        assertThatThrownBy(() -> tasks.complete(submit.getId(), values(120)))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("values[0].value: Tỷ lệ phần trăm không được vượt 100");
        tasks.complete(submit.getId(), values(90));
        Task verify = days.task(september, PhaseReportProcess.TASK_VERIFY_PHASE_REPORT);
        assertThat(groups(verify)).containsExactly("unit-vn2022-916");
        assertThatThrownBy(() -> tasks.complete(verify.getId(), Map.of("verdict", "return")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("nội dung cần sửa");
        tasks.complete(verify.getId(), Map.of("verdict", "return", "verifierComments", "Kiểm tra lại ấp 3"));
        tasks.complete(days.task(september, PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT).getId(), values(100));
        tasks.complete(days.task(september, PhaseReportProcess.TASK_VERIFY_PHASE_REPORT).getId(), Map.of("verdict",
                "accept"));
        management.executeJob(management.createJobQuery().processInstanceId(september).singleResult().getId());
        assertThat(reports.verifiedValues(campaign, "TO-15-SEP", caiKhe))
                .containsExactly(Map.entry("VILLAGES_COVERED", new BigDecimal("100.00")));

        at(2022, 9, 17);
        days.runDueTimers(june, september, december);
        at(2022, 12, 12);
        days.runDueTimers(june, september, december);
        at(2022, 12, 17);
        days.runDueTimers(june, september, december);

        assertThat(events.dues(campaign, PlanStep.SUBMIT_PHASE_REPORT, DeadlineKind.REMINDER))
                .containsExactly(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 9, 15), LocalDate.of(2022, 12, 15));
        assertThat(events.dues(campaign, PlanStep.SUBMIT_PHASE_REPORT, DeadlineKind.ESCALATION))
                .as("September's report was in on time").containsExactly(LocalDate.of(2022, 6, 15),
                        LocalDate.of(2022, 12, 15));
    }

    /** Audit 2.10 and C5: the plan's verifier role routes the task, not whichever group acts for the district. */
    @Test
    void phuNinhsReportsAreVerifiedByTheDistrictCultureOffice() throws java.io.IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-nam-2022.yaml").getContentAsByteArray(),
                "quang-nam-2022.yaml", false);
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("phu-ninh-2022")
                .orElseThrow(), "phu-ninh-2022-" + run)).getId();
        at(2022, 8, 26);
        AdminUnit phuNinh = units.findValidOn(AdminLevel.DISTRICT, "518", LocalDate.of(2022, 8, 26)).orElseThrow();
        long commune = units.findChildren(phuNinh).get(0).getId();
        String report = reports.start(campaign, "BY-31-AUG", commune);
        tasks.complete(days.task(report, PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT).getId(), values(100));
        Task verify = days.task(report, PhaseReportProcess.TASK_VERIFY_PHASE_REPORT);
        assertThat(groups(verify)).as("Phòng Văn hóa và Thông tin huyện Phú Ninh, not the district's unit group")
                .containsExactly("agency-qn22-vhtt-518");
    }

    private Map<String, Object> values(int villagesCovered) {
        return Map.of("values", SpinValues.jsonValue(
                "[{\"indicator\":\"VILLAGES_COVERED\",\"value\":" + villagesCovered + "}]").create());
    }

    private java.util.List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }
}
