package vn.cdtt.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;
import vn.cdtt.review.DistrictReviews;
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
    private final DistrictReviews districtReviews;

    RollUpPhaseDelegate(PhaseRollUp rollUp, PhaseReviews reviews, DistrictReviews districtReviews) {
        this.rollUp = rollUp;
        this.reviews = reviews;
        this.districtReviews = districtReviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, PhaseReviewProcess.CAMPAIGN_ID);
        String phaseCode = (String) execution.getVariable(PhaseReviewProcess.PHASE_CODE);
        PhaseRollUp.Outcome outcome = rollUp.rollUp(campaignId, phaseCode);
        execution.setVariable(PhaseReviewProcess.PHASE_NAME, outcome.phaseName());
        execution.setVariable(PhaseReviewProcess.AREA_NAME, outcome.areaName());
        execution.setVariable(PhaseReviewProcess.AREA_RATING, outcome.areaRating().rating());
        execution.setVariable(PhaseReviewProcess.LOWEST_ATTAINMENT, outcome.areaRating().lowestAttainment());
        execution.setVariable(PhaseReviewProcess.REPORTS_VERIFIED, outcome.reportsVerified());
        execution.setVariable(PhaseReviewProcess.REPORTS_EXPECTED, outcome.reportsExpected());
        execution.setVariable(PhaseReviewProcess.RECOMMENDATION, outcome.areaRating().recommendation());
        if (districtReviews.heldByDistricts(campaignId)) {
            // The districts' reviews of a phase open to scale-up share one wave; the others open none.
            execution.setVariable(PhaseReviewProcess.WAVE, districtReviews.scaleUpAllowed(campaignId, phaseCode)
                    ? reviews.nextWave(campaignId) : null);
        } else {
            execution.setVariable(PhaseReviewProcess.REVIEW_DECISION, reviews.prefill(campaignId, phaseCode,
                    outcome.areaRating().recommendation()));
        }
    }
}
