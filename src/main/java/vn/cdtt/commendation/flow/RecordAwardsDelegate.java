package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;

/** Records the awards of the Chairman's decision. Idempotent: a retried job inserts nothing twice. */
@Component("recordAwardsDelegate")
class RecordAwardsDelegate implements JavaDelegate {

    private final CommendationService commendations;

    RecordAwardsDelegate(CommendationService commendations) {
        this.commendations = commendations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commendations.recordAwards(CommendationSteps.campaignId(execution),
                (String) execution.getVariable(CommendationProcess.DECISION_NUMBER),
                CommendationService.day(execution.getVariable(CommendationProcess.DECIDED_ON)));
    }
}
