package vn.cdtt.engine;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Camunda's runtime service whose process starts (every startProcessInstanceBy… and the REST start) pass the
 * {@link OfficialInputGuard}: an official starts a model at its start event with its start form's fields only.
 */
class GuardedRuntimeService extends RuntimeServiceImpl {

    private final OfficialInputGuard guard;

    GuardedRuntimeService(OfficialInputGuard guard) {
        this.guard = guard;
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
        return new GuardedStart(commandExecutor, guard, processDefinitionId, null);
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
        return new GuardedStart(commandExecutor, guard, null, processDefinitionKey);
    }

    static final class GuardedStart extends ProcessInstantiationBuilderImpl {

        private final OfficialInputGuard guard;

        GuardedStart(CommandExecutor commandExecutor, OfficialInputGuard guard, String definitionId,
                     String definitionKey) {
            super(commandExecutor);
            this.guard = guard;
            this.processDefinitionId = definitionId;
            this.processDefinitionKey = definitionKey;
        }

        @Override
        public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners,
                                                                         boolean skipIoMappings) {
            if (guard.applies()) {
                if (!modificationBuilder.getModificationOperations().isEmpty() || skipCustomListeners
                        || skipIoMappings) {
                    guard.refuseAction("start instructions");
                }
                guard.checkStart(commandExecutor, definitionId(), getVariables());
            }
            return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
        }

        /** The version the engine will start: by id, or the latest (tenant-less, as the product deploys) of a key. */
        private String definitionId() {
            if (processDefinitionId != null) {
                return processDefinitionId;
            }
            return commandExecutor.execute(context -> context.runWithoutAuthorization(() -> {
                ProcessDefinition latest = context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedLatestProcessDefinitionByKey(processDefinitionKey);
                return latest.getId();
            }));
        }
    }
}
