package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** The leaders' proposals: checked whole, then stored; the emulation board's list follows from them. */
@Component("commendationProposalCheckListener")
class CommendationProposalCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final Refusals refusals;

    CommendationProposalCheckListener(CommendationService commendations, Refusals refusals) {
        this.commendations = commendations;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = CommendationSteps.campaignId(task);
        refusals.ifAny(CommendationSteps.REFUSED, FieldProblemMessages.problemsOf(
                () -> commendations.submitProposals(campaignId, FormLists.submitted(task, "proposals"))));
        var vetting = commendations.vettingRows(campaignId);
        task.getExecution().setVariable(CommendationProcess.PROPOSED_COUNT, vetting.size());
        task.getExecution().setVariable(CommendationProcess.VETTING, Variables.json(vetting));
    }
}
