package vn.cdtt.team.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.flow.CampaignSteps;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.team.SteeringCommittees;

/** Checks and records the commune's steering committee; a refused one leaves the task open. */
@Component("steeringCommitteeListener")
class SteeringCommitteeListener implements TaskListener {

    private final SteeringCommittees committees;
    private final Refusals refusals;

    SteeringCommitteeListener(SteeringCommittees committees, Refusals refusals) {
        this.committees = committees;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        Object number = task.getVariable(TeamEstablishmentProcess.STEERING_DECISION_NUMBER);
        Object head = task.getVariable(TeamEstablishmentProcess.STEERING_HEAD);
        Object formedOn = task.getVariable(TeamEstablishmentProcess.STEERING_FORMED_ON);
        List<FieldProblem> problems = committees.check(number, head, formedOn, EngineClock.today());
        if (!problems.isEmpty()) {
            throw refusals.of("steering.refused", problems);
        }
        List<FieldProblem> held = committees.record(Variables.longOf(task, TeamEstablishmentProcess.CAMPAIGN_ID),
                Variables.longOf(task, TeamEstablishmentProcess.UNIT_ID), (String) number, (String) head,
                (String) formedOn);
        if (!held.isEmpty()) {
            throw refusals.of("steering.refused", held);
        }
    }
}
