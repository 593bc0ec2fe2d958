package vn.cdtt.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;

/**
 * The leaders' decision at a phase review: checked, then recorded with the recommendation it departed from. A
 * scale-up opens the next wave of team establishment, which only plans with a scale-up rule have.
 */
@Service
public class PhaseReviews {

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    PhaseReviews(JdbcTemplate jdbc, CampaignRepository campaigns, PlanService plans) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /** The recommendation shown to the leaders: the DMN's, except that a plan without scale-up sustains. */
    @Transactional(readOnly = true)
    public String prefill(long campaignId, String phaseCode, String recommendation) {
        if (ReviewDecision.SCALE_UP.name().equals(recommendation) && !canScaleUp(campaignId, phaseCode)) {
            return ReviewDecision.SUSTAIN.name();
        }
        return recommendation;
    }

    @Transactional(readOnly = true)
    public List<FieldProblem> check(long campaignId, String phaseCode, Object decision, Object conclusions) {
        List<FieldProblem> problems = new ArrayList<>();
        ReviewDecision parsed = parse(decision);
        if (decision == null || decision.toString().isBlank()) {
            problems.add(FieldProblem.of("reviewDecision", "file.required"));
        } else if (parsed == null) {
            problems.add(FieldProblem.of("reviewDecision", "review.unknownDecision", decision));
        } else if (parsed == ReviewDecision.SCALE_UP && !canScaleUp(campaignId, null)) {
            problems.add(FieldProblem.of("reviewDecision", "review.noScaleUpRule"));
        } else if (parsed == ReviewDecision.SCALE_UP && !canScaleUp(campaignId, phaseCode)) {
            problems.add(FieldProblem.of("reviewDecision", "review.noScaleUpInPhase", phaseName(campaignId,
                    phaseCode)));
        }
        FormFields.text(conclusions, "reviewConclusions", 4000, problems);
        return problems;
    }

    /**
     * Records a checked decision.
     *
     * @return the wave a scale-up opens (one after the latest wave started), or null
     */
    @Transactional
    public Integer record(long campaignId, String phaseCode, String recommended, String decision,
                          String conclusions) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        PlanPhase phase = campaign.getPlan().phase(phaseCode);
        Integer wave = ReviewDecision.valueOf(decision) == ReviewDecision.SCALE_UP ? nextWave(campaignId) : null;
        jdbc.update("insert into drive.phase_review (campaign_id, phase_id, recommended, decision, conclusions, wave)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (campaign_id, phase_id) do update set decision ="
                + " excluded.decision, conclusions = excluded.conclusions, wave = excluded.wave, decided_at = now()",
                campaignId, phase.getId(), recommended, decision, conclusions.strip(), wave);
        return wave;
    }

    /** The wave a scale-up decided now opens: one after the latest wave started. */
    @Transactional(readOnly = true)
    public int nextWave(long campaignId) {
        return jdbc.queryForObject("select coalesce(max(wave), 0) + 1 from drive.team_establishment"
                + " where campaign_id = ?", Integer.class, campaignId);
    }

    /** Whether the plan scales up at all (phase null), or at this phase's review. */
    private boolean canScaleUp(long campaignId, String phaseCode) {
        PlanFile.ScaleUpRule scaleUp = plans.rulesOf(campaigns.findById(campaignId).orElseThrow().getPlan())
                .scaleUp();
        return scaleUp != null && (phaseCode == null || scaleUp.allowedAfter(phaseCode));
    }

    private String phaseName(long campaignId, String phaseCode) {
        return campaigns.findById(campaignId).orElseThrow().getPlan().getPhases().stream()
                .filter(p -> p.getCode().equals(phaseCode)).map(PlanPhase::getNameVi).findFirst().orElse(phaseCode);
    }

    private static ReviewDecision parse(Object decision) {
        for (ReviewDecision value : ReviewDecision.values()) {
            if (value.name().equals(decision)) {
                return value;
            }
        }
        return null;
    }

    /** The digital department's remediation plan, kept with the phase's review. */
    @Transactional
    public void recordRemediation(long campaignId, String phaseCode, String remediation) {
        jdbc.update("update drive.phase_review r set remediation = ? from drive.plan_phase p where p.id = r.phase_id"
                + " and r.campaign_id = ? and p.code = ?", remediation, campaignId, phaseCode);
    }
}
