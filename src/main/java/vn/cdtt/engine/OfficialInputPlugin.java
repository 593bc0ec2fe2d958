package vn.cdtt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link OfficialInputGuard} in front of the engine's task, form and runtime services (which the REST API,
 * the webapps and the product all use), and gives owners READ on their own user record and filters, not ALL.
 */
@Component
class OfficialInputPlugin extends AbstractProcessEnginePlugin {

    private final MessageSource messages;

    OfficialInputPlugin(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        OfficialInputGuard guard = new OfficialInputGuard(configuration::getIdentityService, messages);
        configuration.setTaskService(new GuardedTaskService(guard));
        configuration.setFormService(new GuardedFormService(guard));
        configuration.setRuntimeService(new GuardedRuntimeService(guard));
        configuration.setResourceAuthorizationProvider(new ReadOnlyOwnerAuthorizations());
    }
}
