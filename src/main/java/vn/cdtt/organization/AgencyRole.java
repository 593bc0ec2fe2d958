package vn.cdtt.organization;

import vn.cdtt.geography.AdminLevel;

/**
 * What an agency does in a drive. Which agency plays a role is configuration with validity dates; the level is the
 * government the agency belongs to (a district's culture office, a commune's People's Committee).
 */
public enum AgencyRole {
    /** Sở TT&TT until 28 Feb 2025, Sở KH&CN from 1 Mar 2025. */
    DIGITAL_DEPT(AdminLevel.PROVINCE),
    HOME_AFFAIRS(AdminLevel.PROVINCE),
    STATE_BANK(AdminLevel.PROVINCE),
    YOUTH_UNION(AdminLevel.PROVINCE),
    /**
     * The province's departments and agencies of every sector (health, education, agriculture...): many agencies
     * play it at once, each doing its own part of an assignment (Cần Thơ's departments plan, estimate costs and form
     * their own steering committees).
     */
    SECTOR_DEPT(AdminLevel.PROVINCE),
    PROVINCIAL_LEADERSHIP(AdminLevel.PROVINCE),
    EMULATION_COUNCIL(AdminLevel.PROVINCE),
    DISTRICT_COMMITTEE(AdminLevel.DISTRICT),
    DISTRICT_CULTURE_OFFICE(AdminLevel.DISTRICT),
    COMMUNE_COMMITTEE(AdminLevel.COMMUNE);

    private final AdminLevel level;

    AgencyRole(AdminLevel level) {
        this.level = level;
    }

    public AdminLevel level() {
        return level;
    }

    /**
     * A commune's or district's People's Committee: for the work of its own unit, the unit's group (the officials
     * acting for that unit) rather than one agency's.
     */
    public boolean actsAsUnit() {
        return this == COMMUNE_COMMITTEE || this == DISTRICT_COMMITTEE;
    }
}
