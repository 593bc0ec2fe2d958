package vn.cdtt.commendation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.DeadlineVariables;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.kernel.input.FormLists;

/** Home Affairs' emulation board accepts or rejects each proposal; the council votes on the accepted ones. */
@Component("commendationVettingCheckListener")
class VettingCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final FieldProblemMessages messages;

    VettingCheckListener(CommendationService commendations, FieldProblemMessages messages) {
        this.commendations = commendations;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = CommendationSteps.campaignId(task);
        CommendationSteps.refuseIfAny(FieldProblemMessages.problemsOf(() -> commendations.submitVetting(campaignId,
                FormLists.submitted(task, "vetting"))), messages);
        var ballots = commendations.ballotRows(campaignId);
        task.getExecution().setVariable("acceptedCount", ballots.size());
        task.getExecution().setVariable("ballots", DeadlineVariables.json(ballots));
    }
}
