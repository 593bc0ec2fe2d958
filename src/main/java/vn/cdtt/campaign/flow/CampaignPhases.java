package vn.cdtt.campaign.flow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;

/**
 * The plan's reporting periods for the lifecycle's expressions ({@code ${campaignPhases.codes(campaignId)}}): when
 * each period's reports open (the plan's lead time before they are due, whatever the other stages are doing), and
 * when its review opens (the report due date plus the plan's escalation offset, so late units have been chased
 * before the leaders review).
 */
@Component("campaignPhases")
public class CampaignPhases {

    private final CampaignRepository campaigns;
    private final PlanService plans;

    CampaignPhases(CampaignRepository campaigns, PlanService plans) {
        this.campaigns = campaigns;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public List<String> codes(long campaignId) {
        return plan(campaignId).getPhases().stream().map(PlanPhase::getCode).toList();
    }

    /** The start of the day the period's reports open: {@code stages.reporting.leadDays} before they are due. */
    @Transactional(readOnly = true)
    public Date reportsOpenAt(long campaignId, String phaseCode) {
        PlanFile.ReportingStage reporting = plans.rulesOf(plan(campaignId)).stages().reporting();
        return EngineClock.startOf(phase(campaignId, phaseCode).getReportDue().minusDays(reporting.leadDays()));
    }

    /**
     * The first moment after the phase: the start of the day after its end date. Only the first lifecycle model
     * (drives started before plans had stages) still asks for it.
     */
    @Transactional(readOnly = true)
    public Date endOf(long campaignId, String phaseCode) {
        return EngineClock.startOf(phase(campaignId, phaseCode).getEnd().plusDays(1));
    }

    /** The start of the last period's report due day: reports on request are taken until then. */
    @Transactional(readOnly = true)
    public Date lastReportsDueAt(long campaignId) {
        return EngineClock.startOf(plan(campaignId).getPhases().stream().map(PlanPhase::getReportDue)
                .max(LocalDate::compareTo).orElseThrow());
    }

    /** The start of the period's report due day, as the units' reports are due. */
    @Transactional(readOnly = true)
    public Date reportsDueAt(long campaignId, String phaseCode) {
        return EngineClock.startOf(phase(campaignId, phaseCode).getReportDue());
    }

    @Transactional(readOnly = true)
    public Date reviewAt(long campaignId, String phaseCode) {
        Plan plan = plan(campaignId);
        PlanFile.DeadlineRule offsets = plans.rulesOf(plan).deadlines();
        int after = offsets == null || offsets.escalationDaysAfter() == null ? 1 : offsets.escalationDaysAfter();
        return EngineClock.startOf(phase(campaignId, phaseCode).getReportDue().plusDays(after));
    }

    /**
     * When the period's compiled report is due: {@code stages.reporting.compileDays} after the reports' due date
     * (later than the compiling opens, which the plan's validation ensures), or null when the plan gives no days.
     */
    @Transactional(readOnly = true)
    public Date compileDueAt(long campaignId, String phaseCode) {
        Integer days = plans.rulesOf(plan(campaignId)).stages().reporting().compileDays();
        return days == null ? null : EngineClock.startOf(phase(campaignId, phaseCode).getReportDue().plusDays(days));
    }

    @Transactional(readOnly = true)
    public String nameOf(long campaignId, String phaseCode) {
        return phase(campaignId, phaseCode).getNameVi();
    }

    private PlanPhase phase(long campaignId, String phaseCode) {
        return plan(campaignId).phase(phaseCode);
    }

    private Plan plan(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getPlan();
    }

}
