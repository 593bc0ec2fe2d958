package vn.cdtt.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.organization.RoleDirectory;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;

/**
 * Who works a step: the Camunda groups of the agency playing the plan's role on the day, then of each co-owner the
 * plan names ({@code with:}), as one comma-separated candidate-group list. Co-owners see the task in their own queue,
 * get its notice and may work it; whoever completes it answers for all.
 *
 * <p>A role is played at its own level: a province department for the province, a district's culture office for
 * the district of the commune whose work it is. For a unit's work a commune's or district's People's Committee is
 * that commune's or district's unit group (the officials acting for it), as the units' queues have always been.
 */
@Service
public class StepOwners {

    private final RoleDirectory roles;
    private final PlanService plans;

    StepOwners(RoleDirectory roles, PlanService plans) {
        this.roles = roles;
        this.plans = plans;
    }

    /**
     * Groups of a drive-level step (the whole plan's area).
     *
     * @throws CampaignRefusedException when the plan gives the step no role, or no agency plays one on that date
     */
    public String ofDrive(Plan plan, PlanStep step, LocalDate on) {
        PlanFile.StepSpec spec = spec(plan, step);
        return ofDrive(plan, spec.role(), spec.with(), step, on);
    }

    /**
     * Groups of drive-level work owned by {@code role} with {@code with}.
     *
     * @param work what is asked, named in a refusal
     */
    public String ofDrive(Plan plan, AgencyRole role, List<AgencyRole> with, Object work, LocalDate on) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(agencyGroup(plan, role, driveSeat(plan, role, work), work, on));
        for (AgencyRole coOwner : with) {
            groups.add(agencyGroup(plan, coOwner, driveSeat(plan, coOwner, work), work, on));
        }
        return String.join(",", groups);
    }

    /** The name of the agency playing the step's role for the plan's area on that day. */
    public String agencyName(Plan plan, PlanStep step, LocalDate on) {
        PlanFile.StepSpec spec = spec(plan, step);
        return roles.agencyPlaying(spec.role(), driveSeat(plan, spec.role(), step), on).getNameVi();
    }

    /** Routes a step of many units' work (a fan-out), looking each government's agency up once. */
    public UnitRouter forUnits(Plan plan, PlanStep step, LocalDate on) {
        return new UnitRouter(plan, spec(plan, step), step, on);
    }

    /** The step's routing for units; not shared between threads (it caches lookups for one fan-out). */
    public final class UnitRouter {

        private final Plan plan;
        private final List<AgencyRole> owners;
        private final PlanStep step;
        private final LocalDate on;
        private final Map<String, String> cache = new HashMap<>();

        private UnitRouter(Plan plan, PlanFile.StepSpec spec, PlanStep step, LocalDate on) {
            this.plan = plan;
            this.owners = new ArrayList<>();
            owners.add(spec.role());
            owners.addAll(spec.with());
            this.step = step;
            this.on = on;
        }

        /** The groups working the step for this unit's work. */
        public String groupsFor(AdminUnit unit) {
            Set<String> groups = new LinkedHashSet<>();
            for (AgencyRole role : owners) {
                AdminUnit seat = unitSeat(plan, role, unit, step);
                if (role.actsAsUnit()) {
                    groups.add(seat.groupId());
                } else {
                    groups.add(cache.computeIfAbsent(role + "@" + seat.getId(),
                            key -> agencyGroup(plan, role, seat, step, on)));
                }
            }
            return String.join(",", groups);
        }
    }

    private PlanFile.StepSpec spec(Plan plan, PlanStep step) {
        PlanFile.StepSpec spec = plans.rulesOf(plan).steps().get(step);
        if (spec == null) {
            throw new CampaignRefusedException("campaign.stepWithoutRole", step, plan.getCode());
        }
        return spec;
    }

    private String agencyGroup(Plan plan, AgencyRole role, AdminUnit seat, Object work, LocalDate on) {
        return roles.findGroupPlaying(role, seat, on)
                .orElseThrow(() -> new CampaignRefusedException("campaign.noAgency", work, role, seat.getFullName(),
                        on));
    }

    /** The government whose agency plays the role for the plan's area: the province, or the plan's own district. */
    private static AdminUnit driveSeat(Plan plan, AgencyRole role, Object work) {
        if (role.level() == AdminLevel.PROVINCE) {
            return plan.getProvince();
        }
        if (plan.getScope().getLevel() != role.level()) {
            throw new CampaignRefusedException("campaign.districtStepNeedsDistrictPlan", work, plan.getCode());
        }
        return plan.getScope();
    }

    /** The government at the role's level that the unit belongs to (the unit itself at its own level). */
    private static AdminUnit unitSeat(Plan plan, AgencyRole role, AdminUnit unit, Object work) {
        if (role.level() == AdminLevel.PROVINCE) {
            return plan.getProvince();
        }
        for (AdminUnit u = unit; u != null; u = u.getParent()) {
            if (u.getLevel() == role.level()) {
                return u;
            }
        }
        throw new CampaignRefusedException("campaign.roleAboveUnit", work, role, unit.getFullName());
    }
}
