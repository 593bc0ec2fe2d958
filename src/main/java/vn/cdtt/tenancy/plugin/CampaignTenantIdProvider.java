package vn.cdtt.tenancy.plugin;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.tenancy.ProvinceTenants;

/**
 * Gives every new process instance (the definitions are shared, without tenant) the tenant of its drive's province:
 * a child the tenant of the instance that calls or starts it, a drive the tenant of its plan's province. A caller who
 * is not an administrator starts a drive only for a plan of their own province; another's is refused before anything
 * is created (REST answers 403 with the reason).
 */
@Component
class CampaignTenantIdProvider implements TenantIdProvider {

    static final String LIFECYCLE_PROCESS = "CampaignLifecycleProcess";

    private final ProvinceTenants tenants;
    private final MessageSource messages;

    CampaignTenantIdProvider(ProvinceTenants tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        // Started by a delegate of a drive (a commune's establishment, a unit's report): the drive's tenant.
        String starting = startingInstanceTenant();
        if (starting != null) {
            return starting;
        }
        if (LIFECYCLE_PROCESS.equals(ctx.getProcessDefinition().getKey())) {
            return drivesTenant(ctx.getVariables().get("planCode"));
        }
        // Started by the product outside any instance (a job of an instance from before tenants, a test):
        // the campaign that the product itself passed.
        if (ctx.getVariables().get("campaignId") instanceof Number campaignId) {
            return tenants.tenantOfCampaign(campaignId.longValue()).orElse(null);
        }
        return null;
    }

    private String drivesTenant(Object planCode) {
        if (!(planCode instanceof String code) || code.isBlank()) {
            return null; // the opening step refuses the start with the field's name
        }
        String tenant = tenants.tenantOfPlan(code.strip()).orElse(null);
        CommandContext command = Context.getCommandContext();
        Authentication caller = command == null ? null : command.getAuthentication();
        if (tenant != null && caller != null && caller.getUserId() != null
                && !command.getAuthorizationManager().isCamundaAdmin(caller)
                && (caller.getTenantIds() == null || !caller.getTenantIds().contains(tenant))) {
            throw new AuthorizationException(messages.getMessage("tenancy.otherProvincePlan",
                    new Object[] {code.strip()}, VIETNAMESE));
        }
        return tenant;
    }

    private static String startingInstanceTenant() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        DelegateExecution execution = context == null ? null : context.getExecution();
        return execution == null ? null : execution.getTenantId();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null; // no case models
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
