package vn.cdtt.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.organization.RoleDirectory;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;

/**
 * Who does an assignment that each owner does for itself: every agency playing the sector departments' role, or
 * every district or commune of the plan's area, each with its own queue. Read from the stored plan and the
 * organisation on the day, never from a variable.
 */
@Service
public class AssignmentOwners {

    /** One owner: its key (an agency or unit code), its name for the task, the group that works it. */
    public record Owner(String key, String name, String group) {
    }

    private final RoleDirectory roles;
    private final AdminUnitRepository units;

    AssignmentOwners(RoleDirectory roles, AdminUnitRepository units) {
        this.roles = roles;
        this.units = units;
    }

    /**
     * @throws CampaignRefusedException when no agency plays the role, or a district has no agency playing it
     */
    @Transactional(readOnly = true)
    public List<Owner> of(Plan plan, PlanFile.Assignment assignment, LocalDate on) {
        AgencyRole role = assignment.role();
        if (role == AgencyRole.SECTOR_DEPT) {
            return departments(plan, assignment.name().vi(), on);
        }
        List<AdminUnit> owners = role.level() == AdminLevel.DISTRICT ? units.findDistrictsWithCommunes(plan.getScope())
                : units.findCommunesIn(plan.getScope());
        return owners.stream().map(unit -> new Owner(unit.getCode(), unit.getFullName(), role.actsAsUnit()
                ? unit.groupId() : roles.findGroupPlaying(role, unit, on).orElseThrow(() -> new CampaignRefusedException(
                        "campaign.noAgency", assignment.name().vi(), role, unit.getFullName(), on)))).toList();
    }

    /**
     * The province's sector departments on the day, by name.
     *
     * @param work what they are asked, named in the refusal when the organisation has none
     */
    @Transactional(readOnly = true)
    public List<Owner> departments(Plan plan, Object work, LocalDate on) {
        List<Owner> departments = roles.agenciesPlaying(AgencyRole.SECTOR_DEPT, plan.getProvince(), on).stream()
                .map(a -> new Owner(a.getCode(), a.getNameVi(), a.groupId())).toList();
        if (departments.isEmpty()) {
            throw new CampaignRefusedException("campaign.noAgency", work, AgencyRole.SECTOR_DEPT,
                    plan.getProvince().getFullName(), on);
        }
        return departments;
    }
}
