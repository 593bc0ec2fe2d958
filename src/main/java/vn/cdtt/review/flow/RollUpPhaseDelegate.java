package vn.cdtt.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.review.PhaseReviews;
import vn.cdtt.review.PhaseRollUp;

/**
 * Rolls the phase up and puts what the review form shows into variables: the area's rating, how many units
 * reported, and the decision pre-filled from the DMN's recommendation.
 */
@Component("rollUpPhaseDelegate")
class RollUpPhaseDelegate implements JavaDelegate {

    private final PhaseRollUp rollUp;
    private final PhaseReviews reviews;

    RollUpPhaseDelegate(PhaseRollUp rollUp, PhaseReviews reviews) {
        this.rollUp = rollUp;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        PhaseRollUp.Outcome outcome = rollUp.rollUp(campaignId, (String) execution.getVariable("phaseCode"));
        execution.setVariable("phaseName", outcome.phaseName());
        execution.setVariable("areaName", outcome.areaName());
        execution.setVariable("areaRating", outcome.areaRating().rating());
        execution.setVariable("lowestAttainment", outcome.areaRating().lowestAttainment());
        execution.setVariable("reportsVerified", outcome.reportsVerified());
        execution.setVariable("reportsExpected", outcome.reportsExpected());
        execution.setVariable("recommendation", outcome.areaRating().recommendation());
        execution.setVariable("reviewDecision", reviews.prefill(campaignId, outcome.areaRating().recommendation()));
    }
}
