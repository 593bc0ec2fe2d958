package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.EngineClock;

/** The Chairman's commendation decision needs its number and a signing date no later than today. */
@Component("commendationDecisionCheckListener")
class CommendationDecisionCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final Refusals refusals;

    CommendationDecisionCheckListener(CommendationService commendations, Refusals refusals) {
        this.commendations = commendations;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        refusals.ifAny(CommendationSteps.REFUSED, commendations.checkDecision(
                task.getVariable(CommendationProcess.DECISION_NUMBER), task.getVariable(CommendationProcess.DECIDED_ON),
                EngineClock.today()));
    }
}
