package vn.cdtt.campaign;

import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The leaders' decision on the drafts: approving needs the decision's number, returning needs comments for the
 * drafting department. Anything else is refused and the task stays open.
 */
@Component("approvalCheckListener")
class ApprovalCheckListener implements TaskListener {

    private final MessageSource messages;

    ApprovalCheckListener(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("decision");
        if ("approve".equals(decision)) {
            require(task, "decisionNumber", "approval.decisionNumberRequired");
        } else if ("return".equals(decision)) {
            require(task, "comments", "approval.commentsRequired");
        } else {
            throw refused("approval.decisionRequired");
        }
    }

    private void require(DelegateTask task, String variable, String key) {
        Object value = task.getVariable(variable);
        if (!(value instanceof String text) || text.isBlank()) {
            throw refused(key);
        }
    }

    private BadUserRequestException refused(String key) {
        return new BadUserRequestException(messages.getMessage(key, null, Locale.forLanguageTag("vi")));
    }
}
