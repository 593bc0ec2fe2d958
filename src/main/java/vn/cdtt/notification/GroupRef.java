package vn.cdtt.notification;

import java.util.Locale;

/**
 * What a Camunda group id of the product stands for: an agency ({@code agency-<code>}, code in lower case) or an
 * administrative unit ({@code unit-<hierarchy>-<code>}); anything else (access groups) is neither.
 */
record GroupRef(String agencyCode, String hierarchy, String unitCode) {

    private static final String AGENCY = "agency-";
    private static final String UNIT = "unit-";

    static GroupRef parse(String groupId) {
        if (groupId.startsWith(AGENCY)) {
            return new GroupRef(groupId.substring(AGENCY.length()), null, null);
        }
        int dash = groupId.startsWith(UNIT) ? groupId.indexOf('-', UNIT.length()) : -1;
        if (dash > 0) {
            return new GroupRef(null, groupId.substring(UNIT.length(), dash).toUpperCase(Locale.ROOT),
                    groupId.substring(dash + 1));
        }
        return new GroupRef(null, null, null);
    }

    boolean isAgency() {
        return agencyCode != null;
    }

    boolean isUnit() {
        return unitCode != null;
    }
}
