package vn.cdtt.reporting.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FormFields;

/** The level above accepts the report, or returns it with the corrections it wants. */
@Component("verificationCheckListener")
class VerificationCheckListener implements TaskListener {

    private final Refusals refusals;

    VerificationCheckListener(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        Object verdict = task.getVariable(PhaseReportProcess.VERDICT);
        Object comments = task.getVariable(PhaseReportProcess.VERIFIER_COMMENTS);
        if (!"accept".equals(verdict) && !"return".equals(verdict)) {
            throw refusals.sentence("verify.verdictRequired");
        }
        if ("return".equals(verdict) && (!(comments instanceof String text) || FormFields.blank(text))) {
            throw refusals.sentence("verify.commentsRequired");
        }
    }
}
