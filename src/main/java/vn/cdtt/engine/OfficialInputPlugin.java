package vn.cdtt.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link OfficialInputGuard} in front of the engine's task, form and runtime services (which the REST API,
 * the webapps and the product all use), and gives owners READ on their own user record and filters, not ALL.
 */
@Component
class OfficialInputPlugin extends AbstractProcessEnginePlugin {

    private final MessageSource messages;
    private final ObjectProvider<StartFormOptions> startOptions;

    /** The start-form options are looked up when a form opens: they need beans that need the engine. */
    OfficialInputPlugin(MessageSource messages, ObjectProvider<StartFormOptions> startOptions) {
        this.messages = messages;
        this.startOptions = startOptions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        OfficialInputGuard guard = new OfficialInputGuard(configuration::getIdentityService, messages,
                caller -> isAdministrator(configuration, caller));
        configuration.setTaskService(new GuardedTaskService(guard));
        configuration.setFormService(new GuardedFormService(guard, () -> startOptions.orderedStream().toList()));
        configuration.setRuntimeService(new GuardedRuntimeService(guard));
        configuration.setResourceAuthorizationProvider(new ReadOnlyOwnerAuthorizations());
    }

    /** The engine's own notion of an administrator: a configured admin user, or a member of an admin group. */
    private static boolean isAdministrator(ProcessEngineConfigurationImpl configuration, Authentication caller) {
        List<String> users = configuration.getAdminUsers();
        List<String> groups = configuration.getAdminGroups();
        return users != null && users.contains(caller.getUserId()) || groups != null && caller.getGroupIds() != null
                && caller.getGroupIds().stream().anyMatch(groups::contains);
    }
}
