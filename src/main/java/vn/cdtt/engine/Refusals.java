package vn.cdtt.engine;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;

/**
 * The one way a flow class refuses what an official submitted: the engine's BadUserRequestException (the task stays
 * open, the transaction rolls back, REST answers 400) carrying one Vietnamese sentence that Tasklist shows as is.
 */
@Component
public class Refusals {

    private final FieldProblemMessages fieldMessages;
    private final MessageSource messages;

    Refusals(FieldProblemMessages fieldMessages, MessageSource messages) {
        this.fieldMessages = fieldMessages;
        this.messages = messages;
    }

    /** A lead-in ({@code leadKey}) and each problem with its field. */
    public BadUserRequestException of(String leadKey, List<FieldProblem> problems) {
        return new BadUserRequestException(fieldMessages.refusal(leadKey, problems));
    }

    /** Throws {@link #of(String, List)} when there is any problem. */
    public void ifAny(String leadKey, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw of(leadKey, problems);
        }
    }

    /** A refusal in one sentence of its own. */
    public BadUserRequestException sentence(String key, Object... arguments) {
        return new BadUserRequestException(messages.getMessage(key, arguments, VIETNAMESE));
    }
}
