package vn.cdtt.training.flow;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.cdtt.engine.FormLists;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FormFields;

/**
 * The two training forms' data as Tasklist submits it. Scheduling: {@code trainingAction} (schedule or close),
 * {@code sessionDate}, {@code sessionMode}, {@code sessionPlace}, {@code sessionPlatform}, {@code sessionTopics} and
 * the dynamic list {@code invitedTeams} of rows {team}. Attendance: the dynamic list {@code attendance} of rows
 * {member, attended}. Ids travel as text because form-js selects hold strings.
 */
public final class TrainingForm {

    public static final String SCHEDULE = "schedule";
    public static final String CLOSE = "close";

    public record Session(String action, String date, String mode, String place, String platform, String topics,
                   List<TeamRow> teams) {
    }

    public record TeamRow(String team) {
    }

    public record AttendanceRow(String member, Boolean attended) {

        public boolean present() {
            return Boolean.TRUE.equals(attended);
        }
    }

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
