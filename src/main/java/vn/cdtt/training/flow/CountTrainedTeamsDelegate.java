package vn.cdtt.training.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.training.TrainingService;

/**
 * Stores the session's attendance, marks the teams that reach the plan's share, and lists the teams still untrained
 * for the next session. Idempotent: a retry replaces the same attendance rows.
 */
@Component("countTrainedTeamsDelegate")
class CountTrainedTeamsDelegate implements JavaDelegate {

    private final TrainingService trainings;
    private final TrainingVariables variables;

    CountTrainedTeamsDelegate(TrainingService trainings, TrainingVariables variables) {
        this.trainings = trainings;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trainings.recordAttendance(TrainingVariables.campaignId(execution), TrainingVariables.sessionId(execution),
                TrainingForm.attendance(execution), EngineClock.now());
        variables.listUntrained(execution);
    }
}
