package vn.cdtt.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** Camunda's task service with every way of writing a task's variables passed through the {@link OfficialInputGuard}. */
class GuardedTaskService extends TaskServiceImpl {

    private final OfficialInputGuard guard;

    GuardedTaskService(OfficialInputGuard guard) {
        this.guard = guard;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        guard.checkTask(commandExecutor, taskId, variables, true);
        super.complete(taskId, variables);
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                     boolean deserializeValues) {
        guard.checkTask(commandExecutor, taskId, variables, true);
        return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        guard.checkTask(commandExecutor, taskId, variables, true);
        super.resolveTask(taskId, variables);
    }

    /** Every setVariable(s)(Local) ends here. */
    @Override
    protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
        guard.checkTask(commandExecutor, taskId, variables, false);
        super.setVariables(taskId, variables, local);
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
                                   boolean local) {
        guard.checkTask(commandExecutor, taskId, modifications, false);
        guard.checkRemoval(commandExecutor, taskId, deletions);
        super.updateVariables(taskId, modifications, deletions, local);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
        guard.checkRemoval(commandExecutor, taskId, List.of(variableName));
        super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
        guard.checkRemoval(commandExecutor, taskId, List.of(variableName));
        super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
        guard.checkRemoval(commandExecutor, taskId, variableNames);
        super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
        guard.checkRemoval(commandExecutor, taskId, variableNames);
        super.removeVariablesLocal(taskId, variableNames);
    }

    /**
     * Candidates hold TASK_WORK only (claim and complete; see application.yaml), so reassigning a task needs more;
     * but an official who claimed a task may always give it back (unclaim) for a colleague of the unit to take.
     */
    @Override
    public void setAssignee(String taskId, String userId) {
        if (userId != null) {
            super.setAssignee(taskId, userId);
            return;
        }
        commandExecutor.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            String caller = context.getAuthenticatedUserId();
            boolean ownClaim = task != null && caller != null && caller.equals(task.getAssignee());
            if (!ownClaim) {
                return new AssignTaskCmd(taskId, null).execute(context);
            }
            context.disableAuthorizationCheck();
            try {
                return new AssignTaskCmd(taskId, null).execute(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        guard.refuseAction("BPMN error");
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
        guard.refuseAction("BPMN error");
        super.handleBpmnError(taskId, errorCode, errorMessage);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        guard.refuseAction("escalation");
        super.handleEscalation(taskId, escalationCode, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
        guard.refuseAction("escalation");
        super.handleEscalation(taskId, escalationCode);
    }
}
