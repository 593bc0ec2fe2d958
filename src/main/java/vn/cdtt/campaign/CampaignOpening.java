package vn.cdtt.campaign;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.flow.CampaignSteps;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;

/**
 * Opens a campaign for the latest version of a plan: records it, and answers which Camunda group owns each
 * province-level step and when it is due, from the plan's roles and the agencies that play them on that date.
 */
@Service
public class CampaignOpening {

    /** Steps of the lifecycle's first part, worked by the province's (or the plan district's) agencies. */
    static final Set<PlanStep> LEADING_STEPS = EnumSet.of(PlanStep.DRAFT_ESTABLISHMENT_DECISION,
            PlanStep.DRAFT_EMULATION_PLAN, PlanStep.PROPOSE_IT_STAFFING, PlanStep.PLAN_CASHLESS_PAYMENTS,
            PlanStep.APPROVE_PLANS);

    private final PlanRepository plans;
    private final PlanService planService;
    private final CampaignRepository campaigns;
    private final CampaignSteps steps;

    CampaignOpening(PlanRepository plans, PlanService planService, CampaignRepository campaigns,
                    CampaignSteps steps) {
        this.plans = plans;
        this.planService = planService;
        this.campaigns = campaigns;
        this.steps = steps;
    }

    /**
     * @return process variables: {@code campaignId}, and {@code stepGroup_<STEP>} and {@code stepDue_<STEP>} for
     *         each leading step
     * @throws CampaignRefusedException when the plan is unknown or a step's role has no agency
     */
    @Transactional
    public Map<String, Object> open(String planCode, String businessKey) {
        Plan plan = plans.findFirstByCodeOrderByVersionDesc(planCode == null ? "" : planCode.strip())
                .orElseThrow(() -> new CampaignRefusedException("campaign.unknownPlan", planCode));
        PlanFile rules = planService.rulesOf(plan);
        Map<String, Object> variables = new LinkedHashMap<>();
        for (PlanStep step : LEADING_STEPS) {
            PlanFile.StepSpec spec = rules.steps().get(step);
            LocalDate on = spec == null || spec.due() == null ? plan.getIssuedOn() : spec.due();
            variables.put("stepGroup_" + step, steps.groupOn(plan, step, on));
            variables.put("stepDue_" + step, spec.due() == null ? null : EngineClock.startOf(spec.due()));
        }
        Campaign campaign = campaigns.save(new Campaign(plan, businessKey));
        variables.put("campaignId", campaign.getId());
        variables.put("pilotRule", rules.pilot().rule().name());
        return variables;
    }
}
