package vn.cdtt.tenancy.plugin;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the tenant id provider, so each drive's instances carry their province (picked up by the starter). */
@Component
class TenancyEnginePlugin extends AbstractProcessEnginePlugin {

    private final CampaignTenantIdProvider provider;

    TenancyEnginePlugin(CampaignTenantIdProvider provider) {
        this.provider = provider;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(provider);
    }
}
