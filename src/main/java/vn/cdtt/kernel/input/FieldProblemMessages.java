package vn.cdtt.kernel.input;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders field problems as one Vietnamese sentence for Tasklist (which shows a refused submission's message as
 * is): a lead-in, then each problem with its field path.
 */
@Component
public class FieldProblemMessages {


    private final MessageSource messages;

    FieldProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs a form's check; a field that cannot even be read counts as its problem. */
    public static List<FieldProblem> problemsOf(java.util.function.Supplier<List<FieldProblem>> check) {
        try {
            return check.get();
        } catch (FormInputException e) {
            return List.of(e.problem());
        }
    }

    public String refusal(String leadKey, List<FieldProblem> problems) {
        return messages.getMessage(leadKey, null, VIETNAMESE) + " " + problems.stream()
                .map(p -> p.path() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(), VIETNAMESE))
                .collect(Collectors.joining("; "));
    }
}
