package vn.cdtt.training.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.training.TrainingService;

/** Checks a session's attendance list on submission; a bad list is refused and the task stays open. */
@Component("attendanceCheckListener")
class AttendanceCheckListener implements TaskListener {

    private final TrainingService trainings;
    private final Refusals refusals;

    AttendanceCheckListener(TrainingService trainings, Refusals refusals) {
        this.trainings = trainings;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = FieldProblemMessages.problemsOf(() -> trainings.checkAttendance(
                TrainingVariables.sessionId(task), TrainingForm.attendance(task)));
        if (!problems.isEmpty()) {
            throw refusals.of("training.attendanceRefused", problems);
        }
    }
}
