package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.deadline.DeadlineVariables;

/** Applies the plan's vote threshold per award kind; the Chairman's form lists what passed. */
@Component("applyVoteThresholdsDelegate")
class ApplyVoteThresholdsDelegate implements JavaDelegate {

    private final CommendationService commendations;

    ApplyVoteThresholdsDelegate(CommendationService commendations) {
        this.commendations = commendations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = CommendationSteps.campaignId(execution);
        execution.setVariable("passedCount", commendations.applyThresholds(campaignId));
        execution.setVariable("passed", DeadlineVariables.json(commendations.passedRows(campaignId)));
    }
}
