package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** The Chairman's commendation decision needs its number and a signing date no later than today. */
@Component("commendationDecisionCheckListener")
class CommendationDecisionCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final FieldProblemMessages messages;

    CommendationDecisionCheckListener(CommendationService commendations, FieldProblemMessages messages) {
        this.commendations = commendations;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        CommendationSteps.refuseIfAny(commendations.checkDecision(task.getVariable(CommendationProcess.DECISION_NUMBER),
                task.getVariable(CommendationProcess.DECIDED_ON),
                EngineClock.today()), messages);
    }
}
