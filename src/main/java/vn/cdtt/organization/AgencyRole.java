package vn.cdtt.organization;

/** What an agency does in a drive. Which agency plays a role is configuration with validity dates. */
public enum AgencyRole {
    /** Sở TT&TT until 28 Feb 2025, Sở KH&CN from 1 Mar 2025. */
    DIGITAL_DEPT,
    HOME_AFFAIRS,
    STATE_BANK,
    YOUTH_UNION,
    PROVINCIAL_LEADERSHIP,
    EMULATION_COUNCIL,
    DISTRICT_COMMITTEE,
    DISTRICT_CULTURE_OFFICE,
    COMMUNE_COMMITTEE
}
