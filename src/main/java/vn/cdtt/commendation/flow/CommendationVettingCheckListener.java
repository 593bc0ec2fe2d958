package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** Home Affairs' emulation board accepts or rejects each proposal; the council votes on the accepted ones. */
@Component("commendationVettingCheckListener")
class CommendationVettingCheckListener implements TaskListener {

    private final CommendationService commendations;
    private final Refusals refusals;

    CommendationVettingCheckListener(CommendationService commendations, Refusals refusals) {
        this.commendations = commendations;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = CommendationSteps.campaignId(task);
        refusals.ifAny(CommendationSteps.REFUSED, FieldProblemMessages.problemsOf(
                () -> commendations.submitVetting(campaignId, FormLists.submitted(task, "vetting"))));
        var ballots = commendations.ballotRows(campaignId);
        task.getExecution().setVariable(CommendationProcess.ACCEPTED_COUNT, ballots.size());
        task.getExecution().setVariable(CommendationProcess.BALLOTS, Variables.json(ballots));
    }
}
