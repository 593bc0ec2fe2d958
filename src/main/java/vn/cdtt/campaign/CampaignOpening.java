package vn.cdtt.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.plan.Plan;
import vn.cdtt.campaign.plan.PlanFile;
import vn.cdtt.campaign.plan.PlanRepository;
import vn.cdtt.campaign.plan.PlanService;
import vn.cdtt.campaign.plan.PlanStep;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.organization.RoleDirectory;

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
    private static final Set<AgencyRole> DISTRICT_ROLES = EnumSet.of(AgencyRole.DISTRICT_COMMITTEE,
            AgencyRole.DISTRICT_CULTURE_OFFICE);

    private final PlanRepository plans;
    private final PlanService planService;
    private final CampaignRepository campaigns;
    private final RoleDirectory roles;

    CampaignOpening(PlanRepository plans, PlanService planService, CampaignRepository campaigns,
                    RoleDirectory roles) {
        this.plans = plans;
        this.planService = planService;
        this.campaigns = campaigns;
        this.roles = roles;
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
            if (spec == null) {
                throw new CampaignRefusedException("campaign.stepWithoutRole", step, plan.getCode());
            }
            LocalDate on = spec.due() == null ? plan.getIssuedOn() : spec.due();
            AdminUnit unit = DISTRICT_ROLES.contains(spec.role()) ? districtScope(plan, step) : plan.getProvince();
            try {
                variables.put("stepGroup_" + step, roles.groupPlaying(spec.role(), unit, on));
            } catch (IllegalStateException e) {
                throw new CampaignRefusedException("campaign.noAgency", step, spec.role(), unit.getFullName(), on);
            }
            variables.put("stepDue_" + step, spec.due() == null ? null
                    : Date.from(spec.due().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
        Campaign campaign = campaigns.save(new Campaign(plan, businessKey));
        variables.put("campaignId", campaign.getId());
        variables.put("pilotRule", rules.pilot().rule().name());
        return variables;
    }

    private static AdminUnit districtScope(Plan plan, PlanStep step) {
        if (plan.getScope().getLevel() != AdminLevel.DISTRICT) {
            throw new CampaignRefusedException("campaign.districtStepNeedsDistrictPlan", step, plan.getCode());
        }
        return plan.getScope();
    }
}
