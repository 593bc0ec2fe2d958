package vn.cdtt.engine.rest;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener; when the product's listener refused a submission
 * ({@link BadUserRequestException}, e.g. a nomination that breaks the plan), {@code /engine-rest} answers 400 with
 * that message instead of 500, so Tasklist shows the official what to fix. The loser of two concurrent completions
 * of one task gets 409 (the engine's optimistic lock) or 404 (the task is gone), never 403 or 500.
 */
@Component
class TaskRefusalMapping implements ResourceConfigCustomizer {

    private static final Pattern TASK_CALL = Pattern.compile("(?:^|/)task/([^/]+)/[^/]+");

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(EngineRefusalMapper.class);
        config.register(RestRefusalMapper.class);
        config.register(LostRaceMapper.class);
    }

    /** Camunda's own answer, except for a refusal anywhere in the causes. */
    static Response answer(Throwable exception) {
        return answer(exception, null);
    }

    /**
     * The same for a call on one task ({@code taskId}, from the address; null for other calls): a 403 or 500 on a
     * task that no longer exists is a 404. A completion that loses the race to another fails in several ways inside
     * the engine (the task's authorizations, its variables or its execution already deleted): all mean it is gone.
     */
    static Response answer(Throwable exception, String taskId) {
        Response response = ownAnswer(exception);
        int status = response.getStatus();
        if (taskId != null && (status == 403 || status >= 500) && taskGone(List.of(taskId))) {
            return ExceptionHandlerHelper.getInstance().getResponse(new InvalidRequestException(
                    Response.Status.NOT_FOUND, exception instanceof Exception e ? e : null, message("task.gone")));
        }
        return response;
    }

    private static Response ownAnswer(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refusal) {
                return ExceptionHandlerHelper.getInstance().getResponse(refusal);
            }
            if (cause instanceof ProcessEngineException other
                    && String.valueOf(other.getMessage()).endsWith("because it belongs to no authenticated tenant.")) {
                // Another province's instance, task or variable (engine's tenant check): answered like a missing one.
                return ExceptionHandlerHelper.getInstance().getResponse(
                        new InvalidRequestException(Response.Status.NOT_FOUND, other, other.getMessage()));
            }
            if (cause instanceof OptimisticLockingException conflict) {
                // Two completions (or a completion and a change) of one task at once: the loser may try again on
                // the task as it is now, if it is still there.
                return ExceptionHandlerHelper.getInstance().getResponse(
                        new InvalidRequestException(Response.Status.CONFLICT, conflict,
                        message("task.concurrentChange")));
            }
            if (cause instanceof AuthorizationException refused && taskGone(refused)) {
                // The task's candidate authorizations went with it when another completion won the race: the
                // loser is told the task is gone, not that it was never theirs.
                return ExceptionHandlerHelper.getInstance().getResponse(
                        new InvalidRequestException(Response.Status.NOT_FOUND, refused, message("task.gone")));
            }
            if (cause instanceof NullValueException missing
                    && String.valueOf(missing.getMessage()).startsWith("Cannot find")) {
                // "Cannot find task with id …": a task that is gone or never was (submit-form answers 500 else).
                return ExceptionHandlerHelper.getInstance().getResponse(
                        new InvalidRequestException(Response.Status.NOT_FOUND, missing, missing.getMessage()));
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /** Whether the refused authorization is one on a task that no longer exists. */
    private static boolean taskGone(AuthorizationException refused) {
        List<String> taskIds = refused.getMissingAuthorizations().stream()
                .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
                .map(MissingAuthorization::getResourceId).filter(id -> id != null && !id.equals("*")).toList();
        return !taskIds.isEmpty() && taskGone(taskIds);
    }

    private static boolean taskGone(List<String> taskIds) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(null)
                .getProcessEngineConfiguration();
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> taskIds.stream().allMatch(id -> context.getTaskManager().findTaskById(id) == null)));
    }

    /** A sentence for the caller, in Vietnamese like every refusal the engine API gives officials. */
    static String message(String key) {
        return ResourceBundle.getBundle("messages", VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** The task of a call on one task ({@code …/task/{id}/complete}), or null. */
    static String taskOf(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        Matcher task = TASK_CALL.matcher(uri.getPath());
        return task.find() ? task.group(1) : null;
    }

    @Priority(1)
    static class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception, taskOf(uri));
        }
    }

    /** Form submission wraps the engine's exception once more, in a 500 RestException. */
    @Priority(1)
    static class RestRefusalMapper implements ExceptionMapper<RestException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception, taskOf(uri));
        }
    }

    /**
     * A completion that loses the race may also fail inside the engine with a NullPointerException (the task's
     * execution already removed by the winner): a 404 when the task is gone, Camunda's 500 otherwise.
     */
    @Priority(1)
    static class LostRaceMapper implements ExceptionMapper<NullPointerException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NullPointerException exception) {
            return answer(exception, taskOf(uri));
        }
    }
}
