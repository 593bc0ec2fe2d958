package vn.cdtt.organization;

import vn.cdtt.kernel.GroupIds;

/** Groups the product creates in Camunda besides one per agency and one per acting unit. */
public final class CamundaGroups {

    public static final String OFFICIALS = "cdtt-officials";
    public static final String LEADERS = "cdtt-leaders";
    /** Camunda's own administrators' group, created by the Spring Boot starter for the admin user. */
    public static final String ADMINS = "camunda-admin";

    static final String TYPE_AGENCY = "AGENCY";
    static final String TYPE_UNIT = "UNIT";
    static final String TYPE_ACCESS = "ACCESS";

    private CamundaGroups() {
    }

    /** Whether the product owns memberships of this group (and so removes those it no longer wants). */
    static boolean isManaged(String groupId) {
        return GroupIds.isAgencyOrUnit(groupId)
                || groupId.equals(OFFICIALS) || groupId.equals(LEADERS) || groupId.equals(ADMINS);
    }
}
