package vn.cdtt.team.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.engine.Refusals;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.RoleDirectory;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;

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
    private final JdbcTemplate jdbc;
    private final Refusals refusals;

    PilotSelection(CampaignRepository campaigns, PlanService plans, AdminUnitRepository units, RoleDirectory roles,
                   JdbcTemplate jdbc, Refusals refusals) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.roles = roles;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    /** The units that choose: the plan area's districts, or its province; none for every-village plans. */
    @Transactional(readOnly = true)
    public List<Long> choosers(long campaignId) {
        Plan plan = plan(campaignId);
        return switch (plans.rulesOf(plan).pilot().rule()) {
            case COMMUNES_PER_DISTRICT -> units.findChildren(plan.getProvince()).stream()
                    .filter(d -> !units.findChildren(d).isEmpty()).map(AdminUnit::getId).toList();
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
        return units.findChildren(plan.getProvince()).stream().filter(d -> !units.findChildren(d).isEmpty())
                .map(AdminUnit::getId).toList();
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

    /**
     * Records the communes a district or the province chose for a wave: the pilot (wave 0, the plan's exact
     * number) or a scale-up wave (within the plan's range, only communes not yet in the drive).
     *
     * @param communeCodes codes separated by commas, spaces or new lines
     * @throws BadUserRequestException naming the problem; nothing is saved then
     */
    @Transactional
    public void choose(long campaignId, long chooserUnitId, String communeCodes, int wave) {
        Plan plan = plan(campaignId);
        PlanFile.PilotRule rule = plans.rulesOf(plan).pilot();
        AdminUnit chooser = units.findById(chooserUnitId).orElseThrow();
        Set<String> codes = new LinkedHashSet<>();
        for (String code : (communeCodes == null ? "" : communeCodes).split("[,;\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        if (wave == 0) {
            int wanted = rule.rule() == vn.cdtt.plan.PilotKind.COMMUNES_PER_DISTRICT
                    ? rule.communesPerDistrict() : rule.communes();
            if (codes.size() != wanted) {
                throw refusals.sentence("pilot.wrongCount", wanted, codes.size(), chooser.getFullName());
            }
        } else {
            PlanFile.Range range = plans.rulesOf(plan).scaleUp().communes();
            if (codes.size() < range.min() || codes.size() > range.max()) {
                throw refusals.sentence("scaleUp.wrongCount", range.min(), range.max(), codes.size(), chooser.getFullName());
            }
        }
        UnitScope chooserScope = UnitScope.within(Set.of(chooser.getId()));
        List<AdminUnit> chosen = new ArrayList<>();
        for (String code : codes) {
            AdminUnit commune = units.findByHierarchyAndLevelAndCode(plan.getHierarchy(), AdminLevel.COMMUNE, code)
                    .filter(chooserScope::covers)
                    .orElseThrow(() -> refusals.sentence("pilot.notInUnit", code, chooser.getFullName()));
            if (wave > 0 && inDrive(campaignId, commune.getId())) {
                throw refusals.sentence("scaleUp.alreadyInDrive", commune.getFullName());
            }
            chosen.add(commune);
        }
        for (AdminUnit commune : chosen) {
            jdbc.update("insert into drive.pilot_selection (campaign_id, chosen_by, commune_id, wave)"
                    + " values (?, ?, ?, ?) on conflict (campaign_id, commune_id, wave) do nothing", campaignId,
                    chooserUnitId, commune.getId(), wave);
        }
    }

    /** The pilot communes: those chosen, or every commune of the plan's area. */
    @Transactional(readOnly = true)
    public List<Long> pilotCommunes(long campaignId) {
        Plan plan = plan(campaignId);
        if (plans.rulesOf(plan).pilot().rule() == vn.cdtt.plan.PilotKind.EVERY_VILLAGE) {
            AdminUnit scope = plan.getScope();
            return switch (scope.getLevel()) {
                case PROVINCE -> units.findCommunesOf(scope).stream().map(AdminUnit::getId).toList();
                case DISTRICT -> units.findChildren(scope).stream().map(AdminUnit::getId).toList();
                case COMMUNE -> List.of(scope.getId());
            };
        }
        return jdbc.queryForList("select commune_id from drive.pilot_selection where campaign_id = ? and wave = 0"
                + " order by commune_id", Long.class, campaignId);
    }

    /** The communes chosen for a scale-up wave. */
    @Transactional(readOnly = true)
    public List<Long> communesOfWave(long campaignId, int wave) {
        return jdbc.queryForList("select commune_id from drive.pilot_selection where campaign_id = ? and wave = ?"
                + " order by commune_id", Long.class, campaignId, wave);
    }

    private boolean inDrive(long campaignId, long communeId) {
        return !jdbc.queryForList("select 1 from drive.team_establishment where campaign_id = ? and commune_id = ?"
                + " union all select 1 from drive.pilot_selection where campaign_id = ? and commune_id = ?",
                Integer.class, campaignId, communeId, campaignId, communeId).isEmpty();
    }

    private Plan plan(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getPlan();
    }
}
