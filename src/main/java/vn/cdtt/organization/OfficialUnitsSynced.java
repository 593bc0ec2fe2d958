package vn.cdtt.organization;

import java.util.Set;

/**
 * Published (synchronously, in the sync's transaction) when an official's Camunda groups were brought in line:
 * their agency's unit and the units they act for, for whoever keeps something per unit (the province tenants).
 */
public record OfficialUnitsSynced(String username, Set<Long> unitIds) {
}
