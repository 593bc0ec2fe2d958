package vn.cdtt.training.flow;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.cdtt.engine.FormLists;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.training.TrainingInput.AttendanceRow;
import vn.cdtt.training.TrainingInput.Session;
import vn.cdtt.training.TrainingInput.TeamRow;

/**
 * Reads the two training forms' data as Tasklist submits it. Scheduling: {@code trainingAction} (schedule or close),
 * {@code sessionDate}, {@code sessionMode}, {@code sessionPlace}, {@code sessionPlatform}, {@code sessionTopics} and
 * the dynamic list {@code invitedTeams} of rows {team}. Attendance: the dynamic list {@code attendance} of rows
 * {member, attended}.
 */
final class TrainingForm {

    private TrainingForm() {
    }

    static Session session(VariableScope scope) {
        return new Session(text(scope.getVariable(TrainingProcess.TRAINING_ACTION)),
                day(scope.getVariable(TrainingProcess.SESSION_DATE)),
                text(scope.getVariable(TrainingProcess.SESSION_MODE)),
                text(scope.getVariable(TrainingProcess.SESSION_PLACE)),
                text(scope.getVariable(TrainingProcess.SESSION_PLATFORM)),
                text(scope.getVariable(TrainingProcess.SESSION_TOPICS)),
                FormLists.read(FormLists.submitted(scope, "invitedTeams"), "invitedTeams",
                        TeamRow[].class));
    }

    static List<AttendanceRow> attendance(VariableScope scope) {
        return FormLists.read(FormLists.submitted(scope, "attendance"), "attendance", AttendanceRow[].class);
    }

    /** A date field arrives as ISO text from Tasklist; the Java API may pass a Date. */
    private static String day(Object value) {
        if (value instanceof Date date) {
            return EngineClock.dayOf(date).toString();
        }
        return text(value);
    }

    /** Text fields take text: a number or true sent over REST counts as nothing entered. */
    private static String text(Object value) {
        return !(value instanceof String text) || FormFields.blank(text) ? null : text.strip();
    }

}
