package vn.cdtt.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The deployed form of each user task and start event, read once per process definition version (a deployed form
 * never changes) and looked up without the caller's authorizations, after checking that the caller may read the task.
 */
class FormSchemas {

    private final Map<String, FormSchema> byElement = new ConcurrentHashMap<>();

    /** @return the task's form, or null when there is no such task (the engine then answers as it does) */
    FormSchema ofTask(CommandContext context, String taskId) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null;
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkReadTask(task);
        }
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return FormSchema.NONE; // a standalone task has no form: it takes no variables from an official
        }
        return byElement.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                k -> load(() -> context.runWithoutAuthorization(new GetDeployedTaskFormCmd(taskId))));
    }

    FormSchema ofStart(CommandContext context, String processDefinitionId) {
        return byElement.computeIfAbsent(processDefinitionId + "#start",
                k -> load(() -> context.runWithoutAuthorization(new GetDeployedStartFormCmd(processDefinitionId))));
    }

    private static FormSchema load(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            return FormSchema.parse(in);
        } catch (BadUserRequestException noForm) {
            return FormSchema.NONE; // no form at all, or one that is not deployed (NotFoundException): nothing may be submitted
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
