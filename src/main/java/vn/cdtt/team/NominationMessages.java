package vn.cdtt.team;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.yaml.FieldProblem;

/** Renders nomination problems as one message for Tasklist, in Vietnamese, each with its field. */
@Component
class NominationMessages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    NominationMessages(MessageSource messages) {
        this.messages = messages;
    }

    String render(List<FieldProblem> problems) {
        return messages.getMessage("team.nominationRefused", null, VIETNAMESE) + " " + problems.stream()
                .map(p -> p.path() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(), VIETNAMESE))
                .collect(Collectors.joining("; "));
    }
}
