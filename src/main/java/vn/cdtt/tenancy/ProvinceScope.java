package vn.cdtt.tenancy;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.cdtt.geography.AdminUnit;
import vn.cdtt.organization.CamundaGroups;
import vn.cdtt.organization.OfficialScopes;
import vn.cdtt.security.Roles;

/**
 * The product's own endpoints apply the engine's rule: a caller sees the units of their province's tenant (and the
 * units they act for, see {@link OfficialScopes}); administrators see everything.
 */
@Service
public class ProvinceScope {

    private final ProvinceTenants tenants;
    private final IdentityService identity;
    private final OfficialScopes officialScopes;

    ProvinceScope(ProvinceTenants tenants, IdentityService identity, OfficialScopes officialScopes) {
        this.tenants = tenants;
        this.identity = identity;
        this.officialScopes = officialScopes;
    }

    /** The caller's province tenants, as the engine's tenant check sees them. */
    public Set<String> tenantsOf(String username) {
        return identity.createTenantQuery().userMember(username).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).collect(Collectors.toSet());
    }

    public boolean covers(Authentication user, AdminUnit unit) {
        if (Roles.isAdmin(user) || officialScopes.scopeOf(user.getName(), false).covers(unit)) {
            return true;
        }
        return tenants.tenantOfUnit(unit.getId()).map(tenantsOf(user.getName())::contains).orElse(false);
    }

    /** @throws OutsideProvinceException naming the field when the unit is another province's */
    public void require(Authentication user, AdminUnit unit, String field) {
        if (!covers(user, unit)) {
            throw new OutsideProvinceException(field, unit.getCode(), unit.getFullName());
        }
    }

    /**
     * The same for an engine user (no web request), as a test over province units: the caller's tenants are read
     * once. Administrators are the members of the admin group.
     */
    public java.util.function.Predicate<AdminUnit> provincesOf(String userId) {
        if (identity.createGroupQuery().groupMember(userId).groupId(CamundaGroups.ADMINS).count() > 0) {
            return province -> true;
        }
        Set<String> callerTenants = tenantsOf(userId);
        return province -> tenants.tenantOfUnit(province.getId()).map(callerTenants::contains).orElse(false);
    }

    /** Whether the caller may see a plan (or drive) of this province unit. */
    public boolean coversProvince(Authentication user, Set<String> callerTenants, AdminUnit province) {
        return Roles.isAdmin(user)
                || tenants.tenantOfUnit(province.getId()).map(callerTenants::contains).orElse(false);
    }
}
