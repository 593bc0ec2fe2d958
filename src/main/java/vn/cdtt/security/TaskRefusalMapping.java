package vn.cdtt.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener; when the product's listener refused a submission
 * ({@link BadUserRequestException}, e.g. a nomination that breaks the plan), {@code /engine-rest} answers 400 with
 * that message instead of 500, so Tasklist shows the official what to fix.
 */
@Component
class TaskRefusalMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(EngineRefusalMapper.class);
        config.register(RestRefusalMapper.class);
    }

    /** Camunda's own answer, except for a refusal anywhere in the causes. */
    static Response answer(Throwable exception) {
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
            if (cause instanceof NullValueException missing
                    && String.valueOf(missing.getMessage()).startsWith("Cannot find")) {
                // "Cannot find task with id …": a task that is gone or never was (submit-form answers 500 else).
                return ExceptionHandlerHelper.getInstance().getResponse(
                        new InvalidRequestException(Response.Status.NOT_FOUND, missing, missing.getMessage()));
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    @Priority(1)
    static class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /** Form submission wraps the engine's exception once more, in a 500 RestException. */
    @Priority(1)
    static class RestRefusalMapper implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }
}
