package vn.cdtt.team.flow;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.flow.CampaignSteps;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.team.SteeringCommittees;

/** Checks and records the commune's steering committee; a refused one leaves the task open. */
@Component("steeringCommitteeListener")
class SteeringCommitteeListener implements TaskListener {

    private final SteeringCommittees committees;
    private final FieldProblemMessages messages;

    SteeringCommitteeListener(SteeringCommittees committees, FieldProblemMessages messages) {
        this.committees = committees;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object number = task.getVariable("steeringDecisionNumber");
        Object head = task.getVariable("steeringHead");
        Object formedOn = task.getVariable("steeringFormedOn");
        List<FieldProblem> problems = committees.check(number, head, formedOn, EngineClock.today());
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(messages.refusal("steering.refused", problems));
        }
        List<FieldProblem> held = committees.record(((Number) task.getVariable("campaignId")).longValue(),
                ((Number) task.getVariable("unitId")).longValue(), (String) number, (String) head, (String) formedOn);
        if (!held.isEmpty()) {
            throw new BadUserRequestException(messages.refusal("steering.refused", held));
        }
    }
}
