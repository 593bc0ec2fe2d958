package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** The emulation council's vote: members present, and votes for each accepted proposal, never more than present. */
@Component("councilVoteCheckListener")
class CouncilVoteCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final Refusals refusals;

    CouncilVoteCheckListener(CommendationService commendations, Refusals refusals) {
        this.commendations = commendations;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        refusals.ifAny(CommendationSteps.REFUSED, FieldProblemMessages.problemsOf(() -> commendations.submitVotes(
                CommendationSteps.campaignId(task), task.getVariable(CommendationProcess.MEMBERS_PRESENT),
                FormLists.submitted(task, "ballots"))));
    }
}
