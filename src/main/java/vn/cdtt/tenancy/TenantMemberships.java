package vn.cdtt.tenancy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import vn.cdtt.organization.OfficialUnitsSynced;

/**
 * Makes each official a member of their province's tenant (and of no other province's), so the engine's tenant check
 * confines their tasks, instances, variables, history, jobs and incidents to their province. Idempotent.
 */
@Service
public class TenantMemberships {

    private final IdentityService identity;
    private final ProvinceTenants tenants;

    TenantMemberships(IdentityService identity, ProvinceTenants tenants) {
        this.identity = identity;
        this.tenants = tenants;
    }

    /**
     * @param unitIds the official's agency's unit and the units they act for (from the entity, which may not be
     *                flushed yet)
     * @return the official's province tenants after the sync
     */
    @EventListener
    void officialSynced(OfficialUnitsSynced synced) {
        sync(synced.username(), synced.unitIds());
    }

    public Set<String> sync(String username, Collection<Long> unitIds) {
        Set<String> wanted = new LinkedHashSet<>();
        unitIds.forEach(id -> tenants.tenantOfUnit(id).ifPresent(wanted::add));
        for (Tenant tenant : identity.createTenantQuery().userMember(username).list()) {
            if (ProvinceTenants.isProvinceTenant(tenant.getId()) && !wanted.contains(tenant.getId())) {
                identity.deleteTenantUserMembership(tenant.getId(), username);
            }
        }
        for (String tenantId : wanted) {
            ensureTenant(tenantId);
            if (identity.createTenantQuery().tenantId(tenantId).userMember(username).count() == 0) {
                identity.createTenantUserMembership(tenantId, username);
            }
        }
        return wanted;
    }

    /** Creates the province's tenant, named after the province of today's map. */
    public void ensureTenant(String tenantId) {
        if (identity.createTenantQuery().tenantId(tenantId).count() > 0) {
            return;
        }
        String name = tenants.provinces().values().stream().filter(s -> s.tenantId().equals(tenantId))
                .map(ProvinceTenants.Successor::name).findFirst().orElse(tenantId);
        Tenant tenant = identity.newTenant(tenantId);
        tenant.setName(name);
        identity.saveTenant(tenant);
    }
}
