package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.Variables;

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
        execution.setVariable(CommendationProcess.PASSED_COUNT, commendations.applyThresholds(campaignId));
        execution.setVariable(CommendationProcess.PASSED, Variables.json(commendations.passedRows(campaignId)));
    }
}
