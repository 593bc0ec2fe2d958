package vn.cdtt.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form service with task and start form submissions passed through the {@link OfficialInputGuard}, and
 * start forms served with the {@link StartFormOptions} of the official who opens them.
 */
class GuardedFormService extends FormServiceImpl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfficialInputGuard guard;
    private final Supplier<List<StartFormOptions>> startOptions;

    GuardedFormService(OfficialInputGuard guard, Supplier<List<StartFormOptions>> startOptions) {
        this.guard = guard;
        this.startOptions = startOptions;
    }

    /**
     * The deployed start form with the {@link StartFormOptions}' choices written into its selects, for the official
     * who asks; the stored form is never changed.
     */
    @Override
    public InputStream getDeployedStartForm(String processDefinitionId) {
        InputStream form = super.getDeployedStartForm(processDefinitionId);
        Command<String[]> keyAndUser = context -> new String[] {
                context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(processDefinitionId).getKey(),
                context.getAuthenticatedUserId()};
        String[] found = commandExecutor.execute(keyAndUser);
        if (found[1] == null) {
            return form;
        }
        Map<String, List<Map<String, String>>> choices = new HashMap<>();
        for (StartFormOptions options : startOptions.get()) {
            choices.putAll(options.choices(found[0], found[1]));
        }
        if (choices.isEmpty()) {
            return form;
        }
        try (form) {
            ObjectNode schema = (ObjectNode) JSON.readTree(form);
            for (JsonNode component : schema.path("components")) {
                List<Map<String, String>> values = choices.get(component.path("key").asText());
                if (values != null && component instanceof ObjectNode select) {
                    select.remove("valuesKey");
                    select.set("values", JSON.valueToTree(values));
                }
            }
            return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
        } catch (IOException e) {
            throw new UncheckedIOException("the deployed start form is not JSON", e);
        }
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
