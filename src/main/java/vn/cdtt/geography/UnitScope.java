package vn.cdtt.geography;

import java.util.Set;

/** The administrative units someone may act on: their own units and everything below them. */
@FunctionalInterface
public interface UnitScope {

    UnitScope EVERYWHERE = unit -> true;

    boolean covers(AdminUnit unit);

    static UnitScope within(Set<Long> unitIds) {
        return unit -> {
            for (AdminUnit u = unit; u != null; u = u.getParent()) {
                if (unitIds.contains(u.getId())) {
                    return true;
                }
            }
            return false;
        };
    }
}
