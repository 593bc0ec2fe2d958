package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** The leaders' proposals: checked whole, then stored; the emulation board's list follows from them. */
@Component("commendationProposalCheckListener")
class CommendationProposalCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final FieldProblemMessages messages;

    CommendationProposalCheckListener(CommendationService commendations, FieldProblemMessages messages) {
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
        task.getExecution().setVariable(CommendationProcess.PROPOSED_COUNT, vetting.size());
        task.getExecution().setVariable(CommendationProcess.VETTING, Variables.json(vetting));
    }
}
