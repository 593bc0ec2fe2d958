package vn.cdtt.training.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.training.TrainingService;

/** Saves the checked session with its invitations and prepares the attendance form of the invited members. */
@Component("saveTrainingSessionDelegate")
class SaveTrainingSessionDelegate implements JavaDelegate {

    private final TrainingService trainings;
    private final TrainingVariables variables;

    SaveTrainingSessionDelegate(TrainingService trainings, TrainingVariables variables) {
        this.trainings = trainings;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long session = trainings.saveSession(TrainingVariables.campaignId(execution), TrainingVariables.wave(execution),
                TrainingForm.session(execution), execution.getProcessInstanceId());
        variables.attendanceOf(execution, session);
    }
}
