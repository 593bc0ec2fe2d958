package vn.cdtt.kernel;

import java.util.Locale;

/**
 * The one place that knows how the product names its Camunda groups: an agency is {@code agency-<code>} (code in
 * lower case), an acting administrative unit {@code unit-<hierarchy>-<code>}, e.g. {@code unit-vn2022-31321}.
 */
public final class GroupIds {

    private static final String AGENCY = "agency-";
    private static final String UNIT = "unit-";

    private GroupIds() {
    }

    public static String agency(String agencyCode) {
        return AGENCY + agencyCode.toLowerCase(Locale.ROOT);
    }

    public static String unit(String hierarchy, String unitCode) {
        return UNIT + hierarchy.toLowerCase(Locale.ROOT) + "-" + unitCode;
    }

    /** Whether the group is one of an agency or of a unit (the product's own, not an access group). */
    public static boolean isAgencyOrUnit(String groupId) {
        return groupId.startsWith(AGENCY) || groupId.startsWith(UNIT);
    }

    /** What a group id stands for; neither agency nor unit for access groups. */
    public static Ref parse(String groupId) {
        if (groupId.startsWith(AGENCY)) {
            return new Ref(groupId.substring(AGENCY.length()), null, null);
        }
        int dash = groupId.startsWith(UNIT) ? groupId.indexOf('-', UNIT.length()) : -1;
        if (dash > 0) {
            return new Ref(null, groupId.substring(UNIT.length(), dash).toUpperCase(Locale.ROOT),
                    groupId.substring(dash + 1));
        }
        return new Ref(null, null, null);
    }

    /** An agency's code (lower case), or a unit's hierarchy (upper case, as the enum) and code. */
    public record Ref(String agencyCode, String hierarchy, String unitCode) {

        public boolean isAgency() {
            return agencyCode != null;
        }

        public boolean isUnit() {
            return unitCode != null;
        }
    }
}
