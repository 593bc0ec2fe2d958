package vn.cdtt.training;

import java.util.List;

/**
 * The two training forms' values as the service checks and saves them; {@code flow.TrainingForm} reads them from the
 * task. Ids travel as text because form-js selects hold strings.
 */
public final class TrainingInput {

    public static final String SCHEDULE = "schedule";
    public static final String CLOSE = "close";

    /** The scheduling form: schedule a session for the invited teams, or close the training. */
    public record Session(String action, String date, String mode, String place, String platform, String topics,
                          List<TeamRow> teams) {
    }

    public record TeamRow(String team) {
    }

    /** One member's row of the attendance form. */
    public record AttendanceRow(String member, Boolean attended) {

        public boolean present() {
            return Boolean.TRUE.equals(attended);
        }
    }

    private TrainingInput() {
    }
}
