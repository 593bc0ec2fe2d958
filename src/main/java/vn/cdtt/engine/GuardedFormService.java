package vn.cdtt.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Camunda's form service with task and start form submissions passed through the {@link OfficialInputGuard}. */
class GuardedFormService extends FormServiceImpl {

    private final OfficialInputGuard guard;

    GuardedFormService(OfficialInputGuard guard) {
        this.guard = guard;
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
