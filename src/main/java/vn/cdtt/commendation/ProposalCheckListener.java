package vn.cdtt.commendation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.DeadlineVariables;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.kernel.input.FormLists;

/** The leaders' proposals: checked whole, then stored; the emulation board's list follows from them. */
@Component("commendationProposalCheckListener")
class ProposalCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final FieldProblemMessages messages;

    ProposalCheckListener(CommendationService commendations, FieldProblemMessages messages) {
        this.commendations = commendations;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = CommendationSteps.campaignId(task);
        CommendationSteps.refuseIfAny(FieldProblemMessages.problemsOf(() -> commendations.submitProposals(campaignId,
                FormLists.submitted(task, "proposals"))),
                messages);
        var vetting = commendations.vettingRows(campaignId);
        task.getExecution().setVariable("proposedCount", vetting.size());
        task.getExecution().setVariable("vetting", DeadlineVariables.json(vetting));
    }
}
