package vn.cdtt.training.flow;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.training.TrainingService;

/**
 * Checks the scheduling form on submission; a bad session is refused with every field named, the task stays open
 * and nothing is saved (REST answers 400). "Today" is the engine's clock.
 */
@Component("trainingSessionCheckListener")
class TrainingSessionCheckListener implements TaskListener {

    private final TrainingService trainings;
    private final Refusals refusals;

    TrainingSessionCheckListener(TrainingService trainings, Refusals refusals) {
        this.trainings = trainings;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate today = EngineClock.today();
        List<FieldProblem> problems = FieldProblemMessages.problemsOf(() -> trainings.checkSession(
                TrainingVariables.campaignId(task), TrainingVariables.wave(task), TrainingForm.session(task), today));
        if (!problems.isEmpty()) {
            throw refusals.of("training.sessionRefused", problems);
        }
    }
}
