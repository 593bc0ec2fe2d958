package vn.cdtt.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.StepOwners;
import vn.cdtt.engine.Refusals;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.team.WaveCommunes;

/**
 * Reviews held by each district for its own area, where the plan gives {@code HOLD_PHASE_REVIEW} to a district
 * role (Quảng Trị's Plan 115: the districts sum up, evaluate and consider scaling up by 3–5 communes). In a phase
 * the plan opens to scale-up, each district decides for itself, picking its new communes or declining; in the
 * others it records its findings only.
 */
@Service
public class DistrictReviews {

    public static final String SCALE_UP = "SCALE_UP";
    public static final String SUSTAIN = "SUSTAIN";

    private final CampaignRepository campaigns;
    private final PlanService plans;
    private final AdminUnitRepository units;
    private final StepOwners owners;
    private final WaveCommunes waveCommunes;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;

    DistrictReviews(CampaignRepository campaigns, PlanService plans, AdminUnitRepository units, StepOwners owners,
                    WaveCommunes waveCommunes, JdbcTemplate jdbc, Refusals refusals) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.owners = owners;
        this.waveCommunes = waveCommunes;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    /**
     * Whether a province's plan has each district review its own area. (A district's own plan, such as Phú Ninh's,
     * is reviewed by that district as the drive's owner: one review, the ordinary way.)
     */
    @Transactional(readOnly = true)
    public boolean heldByDistricts(long campaignId) {
        Plan plan = plan(campaignId);
        PlanFile.StepSpec review = plans.rulesOf(plan).steps().get(PlanStep.HOLD_PHASE_REVIEW);
        return review != null && review.role().level() == AdminLevel.DISTRICT
                && plan.getScope().getLevel() == AdminLevel.PROVINCE;
    }

    /** The districts that hold a review: those of the province that have communes. */
    @Transactional(readOnly = true)
    public List<Long> districts(long campaignId) {
        return units.findDistrictsWithCommunes(plan(campaignId).getScope()).stream().map(AdminUnit::getId).toList();
    }

    /** The groups holding the district's review: the plan's role (and co-owners) for that district, today. */
    @Transactional(readOnly = true)
    public String groupsOf(long campaignId, long districtId) {
        return owners.forUnits(plan(campaignId), PlanStep.HOLD_PHASE_REVIEW, EngineClock.today())
                .groupsFor(units.findById(districtId).orElseThrow());
    }

    /** Whether this phase's review may scale up (the plan's {@code scaleUp.after}). */
    @Transactional(readOnly = true)
    public boolean scaleUpAllowed(long campaignId, String phaseCode) {
        PlanFile.ScaleUpRule scaleUp = plans.rulesOf(plan(campaignId)).scaleUp();
        return scaleUp != null && scaleUp.allowedAfter(phaseCode);
    }

    /** The plan's range of communes per district for a scale-up wave. */
    @Transactional(readOnly = true)
    public PlanFile.Range scaleUpRange(long campaignId) {
        return plans.rulesOf(plan(campaignId)).scaleUp().communes();
    }

    /** The district's communes' reports of the phase: verified, and expected. */
    @Transactional(readOnly = true)
    public int[] reportsOf(long campaignId, String phaseCode, long districtId) {
        long phaseId = phase(campaignId, phaseCode).getId();
        return jdbc.queryForObject("select count(*) filter (where r.status = 'VERIFIED'), count(*)"
                + " from drive.phase_report r join drive.admin_unit u on u.id = r.unit_id"
                + " where r.campaign_id = ? and r.phase_id = ? and (u.id = ? or u.parent_id = ?)",
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, campaignId, phaseId, districtId, districtId);
    }

    /**
     * Checks and records a district's review; a scale-up also records its communes for the wave. A refusal names
     * the form's field, and nothing is saved.
     *
     * @param wave the wave this review opens, or null when the phase allows no scale-up
     */
    @Transactional
    public void record(long campaignId, String phaseCode, long districtId, Object decision, List<String> communes,
                       Object conclusions, String decidedBy, Integer wave) {
        boolean allowed = scaleUpAllowed(campaignId, phaseCode) && wave != null;
        PlanPhase phase = phase(campaignId, phaseCode);
        String chosen = decision == null || decision.toString().isBlank() ? null : decision.toString();
        if (chosen != null && !chosen.equals(SCALE_UP) && !chosen.equals(SUSTAIN)) {
            throw refusals.sentence("districtReview.decisionRequired");
        }
        if (allowed && chosen == null) {
            throw refusals.sentence("districtReview.decisionRequired");
        }
        if (!allowed && SCALE_UP.equals(chosen)) {
            throw refusals.sentence("districtReview.noScaleUpInPhase", phase.getNameVi());
        }
        if (!(conclusions instanceof String text) || text.isBlank() || text.length() > 4000) {
            throw refusals.sentence("districtReview.conclusionsRequired");
        }
        boolean scaleUp = SCALE_UP.equals(chosen);
        if (scaleUp) {
            LocalDate deadline = plans.rulesOf(plan(campaignId)).scaleUp().deadline();
            if (deadline != null && !EngineClock.today().isBefore(deadline)) {
                throw refusals.sentence("districtReview.scaleUpTooLate", deadline);
            }
            waveCommunes.choose(campaignId, districtId, communes, scaleUpRange(campaignId), wave);
        }
        jdbc.update("insert into drive.district_review (campaign_id, phase_id, district_id, decision, conclusions,"
                + " wave, decided_by) values (?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id, phase_id, district_id)"
                + " do update set decision = excluded.decision, conclusions = excluded.conclusions,"
                + " wave = excluded.wave, decided_by = excluded.decided_by, decided_at = now()",
                campaignId, phase.getId(), districtId, scaleUp ? SCALE_UP : SUSTAIN, text(conclusions),
                scaleUp ? wave : null, decidedBy);
    }

    /** Whether any district scaled up at this phase's review. */
    @Transactional(readOnly = true)
    public boolean anyScaledUp(long campaignId, String phaseCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from drive.district_review"
                + " where campaign_id = ? and phase_id = ? and decision = 'SCALE_UP')", Boolean.class, campaignId,
                phase(campaignId, phaseCode).getId()));
    }

    private static String text(Object conclusions) {
        return ((String) conclusions).strip();
    }

    private PlanPhase phase(long campaignId, String phaseCode) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        return campaign.getPlan().phase(phaseCode);
    }

    private Plan plan(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getPlan();
    }
}
