package vn.cdtt.engine;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.MessageSource;

import vn.cdtt.kernel.input.FieldProblem;

/**
 * What an official may write into the engine: a user task takes only the fields of its own form (and a drive's start
 * only its start form's), each value of its field's type, text without control characters and within its length, and
 * a completion needs every required field. Anything else is refused with one message that names each field by its
 * label (a variable without a field by its name) and nothing is written: routing and identity variables (which unit,
 * which drive, which group gets the next task) are never form fields, so no official can set them.
 *
 * <p>It judges calls made from outside the engine by an authenticated user other than an administrator, i.e.
 * officials on the REST API and the webapps; the
 * product's own code inside a delegate or listener runs in a command context and is not an official's input.
 */
class OfficialInputGuard {

    private final FormSchemas schemas = new FormSchemas();
    private final Supplier<IdentityService> identity;
    private final MessageSource messages;
    private final Predicate<Authentication> administrator;

    OfficialInputGuard(Supplier<IdentityService> identity, MessageSource messages,
                       Predicate<Authentication> administrator) {
        this.identity = identity;
        this.messages = messages;
        this.administrator = administrator;
    }

    /**
     * Whether the current call is an official's: from outside the engine, under the authentication of someone who is
     * not an administrator (administrators may write any variable of any instance anyway, and run the REST load of
     * the fault tests).
     */
    boolean applies() {
        if (Context.getCommandContext() != null) {
            return false;
        }
        Authentication caller = identity.get().getCurrentAuthentication();
        return caller != null && !administrator.test(caller);
    }

    /** Variables set on a task, or submitted with its completion ({@code completing}: required fields too). */
    void checkTask(CommandExecutor executor, String taskId, Map<String, ?> variables, boolean completing) {
        if (taskId == null || !applies()) {
            return;
        }
        List<FieldProblem> problems = executor.execute(context -> {
            FormSchema form = schemas.ofTask(context, taskId);
            if (form == null) {
                return List.<FieldProblem>of();
            }
            List<FieldProblem> found = checkFields(form, variables);
            if (completing) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                requireFields(form, variables, name -> task.getVariable(name), found);
            }
            return found;
        });
        refuseIf(problems);
    }

    /** Variables an official removes from a task: only its form's own fields. */
    void checkRemoval(CommandExecutor executor, String taskId, Collection<String> names) {
        if (taskId == null || names == null || !applies()) {
            return;
        }
        refuseIf(executor.execute(context -> {
            FormSchema form = schemas.ofTask(context, taskId);
            return form == null ? List.<FieldProblem>of() : names.stream()
                    .filter(name -> !form.fields().containsKey(name))
                    .map(name -> FieldProblem.of(name, "input.notOnForm")).toList();
        }));
    }

    /** A drive started from its start form (or the REST start): the start form's fields, required ones filled. */
    void checkStart(CommandExecutor executor, String processDefinitionId, Map<String, ?> variables) {
        if (!applies()) {
            return;
        }
        refuseIf(executor.execute(context -> {
            FormSchema form = schemas.ofStart(context, processDefinitionId);
            List<FieldProblem> found = checkFields(form, variables);
            requireFields(form, variables, name -> null, found);
            return found;
        }));
    }

    /** Actions no form offers an official: throwing a BPMN error or escalation, starting inside a model. */
    void refuseAction(String what) {
        if (applies()) {
            throw new BadUserRequestException(messages.getMessage("input.actionRefused", new Object[] {what},
                    VIETNAMESE));
        }
    }

    private List<FieldProblem> checkFields(FormSchema form, Map<String, ?> variables) {
        List<FieldProblem> problems = new ArrayList<>();
        if (variables == null) {
            return problems;
        }
        for (String name : variables.keySet()) {
            Object value = submitted(variables, name);
            FormField field = form.fields().get(name);
            if (field == null) {
                problems.add(FieldProblem.of(name, "input.notOnForm"));
            } else {
                SubmittedValues.check(field, value, this::rowName, problems);
            }
        }
        return problems;
    }

    private static void requireFields(FormSchema form, Map<String, ?> submitted,
                                      Function<String, Object> existing, List<FieldProblem> problems) {
        for (FormField field : form.fields().values()) {
            if (!field.required()) {
                continue;
            }
            Object value = submitted != null && submitted.containsKey(field.key()) ? submitted(submitted, field.key())
                    : existing.apply(field.key());
            if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
                value = serialized.getValueSerialized();
            } else if (value instanceof TypedValue typed) {
                value = typed.getValue();
            }
            if (value == null || value instanceof String text && text.codePoints()
                    .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                problems.add(FieldProblem.of(field.name(), "input.required"));
            }
        }
    }

    /** A value as sent, typed: a variable map would otherwise deserialize an object value to hand it out. */
    private static Object submitted(Map<String, ?> variables, String name) {
        return variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
    }

    private String rowName(String list, int row) {
        return messages.getMessage("input.row", new Object[] {list, row}, VIETNAMESE);
    }

    private void refuseIf(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        throw new BadUserRequestException(messages.getMessage("input.refused", null, VIETNAMESE) + " "
                + problems.stream().map(p -> p.path() + ": "
                        + messages.getMessage(p.messageKey(), p.arguments().toArray(), VIETNAMESE))
                .collect(Collectors.joining("; ")));
    }
}
