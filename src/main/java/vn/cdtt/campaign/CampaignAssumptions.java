package vn.cdtt.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanAssumptions;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;

/** A drive's assumed values, read from its stored plan: what the dashboard lists and a task's due date names. */
@Service
public class CampaignAssumptions {

    private final CampaignRepository campaigns;
    private final PlanService plans;

    CampaignAssumptions(CampaignRepository campaigns, PlanService plans) {
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /** Every reason the drive's plan gives, in the plan's order. */
    @Transactional(readOnly = true)
    public List<String> reasons(long campaignId) {
        return rules(campaignId).map(r -> r.assumptions().stream().map(a -> a.reason().strip()).toList())
                .orElse(List.of());
    }

    /** The reason for the first of these fields that the drive's plan assumes. */
    @Transactional(readOnly = true)
    public Optional<String> reasonFor(long campaignId, List<String> fields) {
        return rules(campaignId).flatMap(r -> PlanAssumptions.reasonFor(r, fields));
    }

    /** The code of one of the drive's phases, as assumption fields name it. */
    @Transactional(readOnly = true)
    public Optional<String> phaseCode(long campaignId, long phaseId) {
        return campaigns.findById(campaignId).flatMap(c -> c.getPlan().getPhases().stream()
                .filter(p -> p.getId() == phaseId).map(PlanPhase::getCode).findFirst());
    }

    private Optional<PlanFile> rules(long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::getPlan).map(this::rulesOf);
    }

    private PlanFile rulesOf(Plan plan) {
        return plans.rulesOf(plan);
    }
}
