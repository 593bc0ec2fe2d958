package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.FormLists;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** The emulation council's vote: members present, and votes for each accepted proposal, never more than present. */
@Component("councilVoteCheckListener")
class CouncilVoteCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final FieldProblemMessages messages;

    CouncilVoteCheckListener(CommendationService commendations, FieldProblemMessages messages) {
        this.commendations = commendations;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        CommendationSteps.refuseIfAny(FieldProblemMessages.problemsOf(() -> commendations.submitVotes(
                CommendationSteps.campaignId(task), task.getVariable(CommendationProcess.MEMBERS_PRESENT),
                FormLists.submitted(task, "ballots"))), messages);
    }
}
