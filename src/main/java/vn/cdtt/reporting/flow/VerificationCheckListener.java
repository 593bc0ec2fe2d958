package vn.cdtt.reporting.flow;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.input.FormFields;

/** The level above accepts the report, or returns it with the corrections it wants. */
@Component("verificationCheckListener")
class VerificationCheckListener implements TaskListener {

    private final MessageSource messages;

    VerificationCheckListener(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object verdict = task.getVariable(PhaseReportProcess.VERDICT);
        Object comments = task.getVariable(PhaseReportProcess.VERIFIER_COMMENTS);
        if (!"accept".equals(verdict) && !"return".equals(verdict)) {
            throw refused("verify.verdictRequired");
        }
        if ("return".equals(verdict) && (!(comments instanceof String text) || FormFields.blank(text))) {
            throw refused("verify.commentsRequired");
        }
    }

    private BadUserRequestException refused(String key) {
        return new BadUserRequestException(messages.getMessage(key, null, VIETNAMESE));
    }
}
