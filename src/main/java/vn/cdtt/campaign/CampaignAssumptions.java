package vn.cdtt.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.plan.PlanAssumptions;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;

/**
 * A drive's assumed values, read from its stored plan: what the dashboard lists and a task's due date names. A drive
 * keeps its plan version and a stored version never changes, so each drive's is read once per node (every task a
 * fan-out creates asks).
 */
@Service
public class CampaignAssumptions {

    /** What one drive's plan assumes, and the codes of its periods by id (assumption fields name periods by code). */
    private record DrivePlan(PlanFile rules, Map<Long, String> phaseCodes) {
    }

    private final CampaignRepository campaigns;
    private final PlanService plans;
    private final Map<Long, DrivePlan> drives = new ConcurrentHashMap<>();

    CampaignAssumptions(CampaignRepository campaigns, PlanService plans) {
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /** Every reason the drive's plan gives, in the plan's order. */
    @Transactional(readOnly = true)
    public List<String> reasons(long campaignId) {
        return drive(campaignId).map(d -> d.rules().assumptions().stream().map(a -> a.reason().strip()).toList())
                .orElse(List.of());
    }

    /** The reason for the first of these fields that the drive's plan assumes. */
    @Transactional(readOnly = true)
    public Optional<String> reasonFor(long campaignId, List<String> fields) {
        return drive(campaignId).flatMap(d -> PlanAssumptions.reasonFor(d.rules(), fields));
    }

    /** The code of one of the drive's phases, as assumption fields name it. */
    @Transactional(readOnly = true)
    public Optional<String> phaseCode(long campaignId, long phaseId) {
        return drive(campaignId).map(d -> d.phaseCodes().get(phaseId));
    }

    private Optional<DrivePlan> drive(long campaignId) {
        DrivePlan known = drives.get(campaignId);
        if (known != null) {
            return Optional.of(known);
        }
        // Not computeIfAbsent: the lookup reads the database, and an absent drive is not remembered.
        return campaigns.findById(campaignId).map(Campaign::getPlan).map(plan -> {
            DrivePlan read = new DrivePlan(plans.rulesOf(plan), plan.getPhases().stream()
                    .collect(Collectors.toUnmodifiableMap(PlanPhase::getId, PlanPhase::getCode)));
            drives.put(campaignId, read);
            return read;
        });
    }
}
