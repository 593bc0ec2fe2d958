package vn.cdtt.review.flow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.review.PhaseReviews;

/** Checks the digital department's remediation plan and records it with the phase's review. */
@Component("remediationListener")
class RemediationListener implements TaskListener {

    private final PhaseReviews reviews;
    private final Refusals refusals;

    RemediationListener(PhaseReviews reviews, Refusals refusals) {
        this.reviews = reviews;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        String measures = FormFields.text(task.getVariable(PhaseReviewProcess.REMEDIATION_MEASURES),
                PhaseReviewProcess.REMEDIATION_MEASURES, 4000, problems);
        String document = FormFields.text(task.getVariable(PhaseReviewProcess.REMEDIATION_DOCUMENT),
                PhaseReviewProcess.REMEDIATION_DOCUMENT, 300, problems);
        if (!problems.isEmpty()) {
            throw refusals.of("review.refused", problems);
        }
        reviews.recordRemediation(Variables.longOf(task, PhaseReviewProcess.CAMPAIGN_ID),
                (String) task.getVariable(PhaseReviewProcess.PHASE_CODE), document + "\n" + measures);
    }
}
