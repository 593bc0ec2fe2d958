package vn.cdtt.engine;

import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The variables a create listener reads for a task just created. The task has none of its own yet: asking the task
 * reads them from the database (a query per task of a fan-out), asking its execution reads what is in memory.
 */
public final class NewTaskVariables {

    private NewTaskVariables() {
    }

    public static Function<String, Object> of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        return execution != null ? execution::getVariable : task::getVariable;
    }
}
