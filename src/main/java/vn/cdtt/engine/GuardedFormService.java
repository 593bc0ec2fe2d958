package vn.cdtt.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form service with task and start form submissions passed through the {@link OfficialInputGuard}, and
 * start forms given the {@link StartFormOptions} of the official who opens them.
 */
class GuardedFormService extends FormServiceImpl {

    private final OfficialInputGuard guard;
    private final Supplier<List<StartFormOptions>> startOptions;

    GuardedFormService(OfficialInputGuard guard, Supplier<List<StartFormOptions>> startOptions) {
        this.guard = guard;
        this.startOptions = startOptions;
    }

    /** The single-argument variant ends here too. */
    @Override
    public VariableMap getStartFormVariables(String processDefinitionId, Collection<String> formVariables,
                                             boolean deserializeObjectValues) {
        VariableMap variables = super.getStartFormVariables(processDefinitionId, formVariables,
                deserializeObjectValues);
        Command<String[]> keyAndUser = context -> new String[] {
                context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(processDefinitionId).getKey(),
                context.getAuthenticatedUserId()};
        String[] found = commandExecutor.execute(keyAndUser);
        if (found[1] != null) {
            for (StartFormOptions options : startOptions.get()) {
                variables.putAll(options.forStart(found[0], found[1]));
            }
        }
        return variables;
    }

    /** submitTaskFormData ends here too. */
    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard.checkTask(commandExecutor, taskId, properties, true);
        super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                           boolean deserializeValues) {
        guard.checkTask(commandExecutor, taskId, properties, true);
        return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
        return submitStartForm(processDefinitionId, null, (Map) properties);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
                                               Map<String, String> properties) {
        return submitStartForm(processDefinitionId, businessKey, (Map) properties);
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
        return submitStartForm(processDefinitionId, null, properties);
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
                                           Map<String, Object> properties) {
        guard.checkStart(commandExecutor, processDefinitionId, properties);
        return super.submitStartForm(processDefinitionId, businessKey, properties);
    }
}
