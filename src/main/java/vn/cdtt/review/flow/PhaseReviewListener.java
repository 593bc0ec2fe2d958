package vn.cdtt.review.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.review.PhaseReviews;

/** Checks and records the leaders' review; a refused submission leaves the task open and nothing recorded. */
@Component("phaseReviewListener")
class PhaseReviewListener implements TaskListener {

    private final PhaseReviews reviews;
    private final Refusals refusals;

    PhaseReviewListener(PhaseReviews reviews, Refusals refusals) {
        this.reviews = reviews;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = Variables.longOf(task, PhaseReviewProcess.CAMPAIGN_ID);
        Object decision = task.getVariable(PhaseReviewProcess.REVIEW_DECISION);
        Object conclusions = task.getVariable(PhaseReviewProcess.REVIEW_CONCLUSIONS);
        String phaseCode = (String) task.getVariable(PhaseReviewProcess.PHASE_CODE);
        List<FieldProblem> problems = reviews.check(campaignId, phaseCode, decision, conclusions);
        if (!problems.isEmpty()) {
            throw refusals.of("review.refused", problems);
        }
        Integer wave = reviews.record(campaignId, phaseCode,
                (String) task.getVariable(PhaseReviewProcess.RECOMMENDATION), (String) decision, (String) conclusions);
        task.getExecution().setVariable(PhaseReviewProcess.WAVE, wave);
    }
}
