package vn.cdtt.team.flow;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.engine.Variables;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.RoleDirectory;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.team.WaveCommunes;

/**
 * Who picks the pilot communes and which they picked: each district (Quảng Trị: 2 communes each) or the province;
 * nobody when every village takes part. Choices go to {@code pilot_selection}, not to process variables.
 * Used from the lifecycle model as {@code ${pilotSelection...}}.
 */
@Component("pilotSelection")
public class PilotSelection {

    private final CampaignRepository campaigns;
    private final PlanService plans;
    private final AdminUnitRepository units;
    private final RoleDirectory roles;
    private final WaveCommunes waveCommunes;

    PilotSelection(CampaignRepository campaigns, PlanService plans, AdminUnitRepository units, RoleDirectory roles,
                   WaveCommunes waveCommunes) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.roles = roles;
        this.waveCommunes = waveCommunes;
    }

    /** The units that choose: the plan area's districts, or its province; none for every-village plans. */
    @Transactional(readOnly = true)
    public List<Long> choosers(long campaignId) {
        Plan plan = plan(campaignId);
        return switch (plans.rulesOf(plan).pilot().rule()) {
            case COMMUNES_PER_DISTRICT -> units.findDistrictsWithCommunes(plan.getProvince()).stream()
                    .map(AdminUnit::getId).toList();
            case PROVINCE_SELECTS -> List.of(plan.getProvince().getId());
            case EVERY_VILLAGE -> List.of();
        };
    }

    /**
     * The units that choose a scale-up wave's communes: each district with communes in the three-tier era, the
     * province in the two-tier era.
     */
    @Transactional(readOnly = true)
    public List<Long> scaleUpChoosers(long campaignId) {
        Plan plan = plan(campaignId);
        if (plan.getHierarchy() == vn.cdtt.geography.Hierarchy.VN2025) {
            return List.of(plan.getProvince().getId());
        }
        return units.findDistrictsWithCommunes(plan.getProvince()).stream().map(AdminUnit::getId).toList();
    }

    /** The group that chooses a scale-up wave for this unit: the plan's SELECT_PILOT role, played today. */
    @Transactional(readOnly = true)
    public String scaleUpGroupOf(long chooserUnitId, long campaignId) {
        return selectingGroup(chooserUnitId, plan(campaignId), EngineClock.today());
    }

    /** The Camunda group of the agency that selects for this unit (the plan's SELECT_PILOT role). */
    @Transactional(readOnly = true)
    public String groupOf(long chooserUnitId, long campaignId) {
        Plan plan = plan(campaignId);
        PlanFile.StepSpec spec = plans.rulesOf(plan).steps().get(PlanStep.SELECT_PILOT);
        return selectingGroup(chooserUnitId, plan, spec.due() == null ? plan.getIssuedOn() : spec.due());
    }

    /** The agency playing the plan's SELECT_PILOT role for the chooser (a district) or the province, on that day. */
    private String selectingGroup(long chooserUnitId, Plan plan, LocalDate on) {
        PlanFile.StepSpec spec = plans.rulesOf(plan).steps().get(PlanStep.SELECT_PILOT);
        AdminUnit unit = units.findById(chooserUnitId).orElseThrow();
        AdminUnit agencyUnit = spec.role().name().startsWith("DISTRICT") ? unit : plan.getProvince();
        return roles.groupPlaying(spec.role(), agencyUnit, on);
    }

    /** The chooser unit's name, for the selection form. */
    @Transactional(readOnly = true)
    public String nameOf(long unitId) {
        return units.findById(unitId).orElseThrow().getFullName();
    }

    /** The chooser's communes by name for the selection form's pick list (scale-up waves: those not yet in). */
    @Transactional(readOnly = true)
    public JsonValue communeOptions(long chooserUnitId, long campaignId, int wave) {
        return Variables.json(waveCommunes.options(campaignId, chooserUnitId, wave));
    }

    /**
     * Records the communes a district or the province chose for a wave: the pilot (wave 0, the plan's exact
     * number) or a scale-up wave (within the plan's range, only communes not yet in the drive).
     *
     * @param communeCodes the pick list's chosen values
     * @throws BadUserRequestException naming the problem; nothing is saved then
     */
    @Transactional
    public void choose(long campaignId, long chooserUnitId, List<String> communeCodes, int wave) {
        PlanFile rules = plans.rulesOf(plan(campaignId));
        PlanFile.Range count;
        if (wave == 0) {
            int wanted = rules.pilot().rule() == vn.cdtt.plan.PilotKind.COMMUNES_PER_DISTRICT
                    ? rules.pilot().communesPerDistrict() : rules.pilot().communes();
            count = new PlanFile.Range(wanted, wanted);
        } else {
            count = rules.scaleUp().communes();
        }
        waveCommunes.choose(campaignId, chooserUnitId, communeCodes, count, wave);
    }

    /** The pilot communes: those chosen, or every commune of the plan's area. */
    @Transactional(readOnly = true)
    public List<Long> pilotCommunes(long campaignId) {
        Plan plan = plan(campaignId);
        if (plans.rulesOf(plan).pilot().rule() == vn.cdtt.plan.PilotKind.EVERY_VILLAGE) {
            return units.findCommunesIn(plan.getScope()).stream().map(AdminUnit::getId).toList();
        }
        return waveCommunes.ofWave(campaignId, 0);
    }

    /** The communes chosen for a scale-up wave. */
    @Transactional(readOnly = true)
    public List<Long> communesOfWave(long campaignId, int wave) {
        return waveCommunes.ofWave(campaignId, wave);
    }

    private Plan plan(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getPlan();
    }
}
