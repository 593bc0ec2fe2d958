package vn.cdtt.campaign.flow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRefusedException;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.PhaseCompilations;
import vn.cdtt.campaign.StepOwners;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;

/**
 * Who works a drive-level step and by when, for the models' expressions
 * ({@code ${campaignSteps.group(campaignId, 'TRAIN_TEAMS')}}): the groups of the agency that plays the plan's role
 * for the plan's province (or district, Phú Ninh) on the day the task is created, then of its co-owners
 * ({@code with:}), so a task created after 1 March 2025 goes to the Department of Science and Technology, not the
 * dissolved Department of Information and Communications. {@link StepOwners} resolves them.
 */
@Component("campaignSteps")
public class CampaignSteps {

    private final CampaignRepository campaigns;
    private final PlanService plans;
    private final StepOwners owners;
    private final PhaseCompilations compilations;

    CampaignSteps(CampaignRepository campaigns, PlanService plans, StepOwners owners,
                  PhaseCompilations compilations) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.owners = owners;
        this.compilations = compilations;
    }

    /** The groups working {@code step} of the campaign today (the engine's clock), comma-separated. */
    @Transactional(readOnly = true)
    public String group(long campaignId, String step) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        return groupOn(plan, PlanStep.valueOf(step), EngineClock.today());
    }

    /**
     * Who plans remediation after a review: the plan's {@code PLAN_REMEDIATION} role, else (first-format plans) its
     * training department, else the leaders who held the review.
     */
    @Transactional(readOnly = true)
    public String remediationGroup(long campaignId) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        PlanFile rules = plans.rulesOf(plan);
        for (PlanStep step : java.util.List.of(PlanStep.PLAN_REMEDIATION, PlanStep.TRAIN_TEAMS)) {
            if (rules.steps().get(step) != null) {
                return groupOn(plan, step, EngineClock.today());
            }
        }
        return groupOn(plan, PlanStep.HOLD_PHASE_REVIEW, EngineClock.today());
    }

    /** Whether the plan names an owner for this optional step (a compiler of each period's reports). */
    @Transactional(readOnly = true)
    public boolean named(long campaignId, String step) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        return plans.rulesOf(plan).steps().get(PlanStep.valueOf(step)) != null;
    }

    /** Who compiles the periods' reports: the plan's compiler today, else the People's Committee of its area. */
    @Transactional(readOnly = true)
    public String compilerName(long campaignId) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        return plans.rulesOf(plan).steps().get(PlanStep.COMPILE_PHASE_REPORT) != null
                ? owners.agencyName(plan, PlanStep.COMPILE_PHASE_REPORT, EngineClock.today())
                : compilations.recipientOf(campaignId);
    }

    /** The step's due date from the plan, or null when the plan gives none. */
    @Transactional(readOnly = true)
    public Date due(long campaignId, String step) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        PlanFile.StepSpec spec = plans.rulesOf(plan).steps().get(PlanStep.valueOf(step));
        return spec == null || spec.due() == null ? null : EngineClock.startOf(spec.due());
    }

    /**
     * @throws CampaignRefusedException when the plan gives the step no role, or no agency plays it (or a co-owner's
     *                                  role) on that date
     */
    public String groupOn(Plan plan, PlanStep step, LocalDate on) {
        return owners.ofDrive(plan, step, on);
    }

    /**
     * The groups of the agencies playing {@code role} and {@code with} for the plan's area on that date.
     *
     * @param work what the role is asked to do, named in the refusal when no agency plays it
     */
    public String groupPlaying(Plan plan, AgencyRole role, List<AgencyRole> with, Object work, LocalDate on) {
        return owners.ofDrive(plan, role, with, work, on);
    }
}
