package vn.cdtt.training;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The two training forms' data as Tasklist submits it. Scheduling: {@code trainingAction} (schedule or close),
 * {@code sessionDate}, {@code sessionMode}, {@code sessionPlace}, {@code sessionPlatform}, {@code sessionTopics} and
 * the dynamic list {@code invitedTeams} of rows {team}. Attendance: the dynamic list {@code attendance} of rows
 * {member, attended}. Ids travel as text because form-js selects hold strings.
 */
final class TrainingForm {

    static final String SCHEDULE = "schedule";
    static final String CLOSE = "close";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record Session(String action, String date, String mode, String place, String platform, String topics,
                   List<TeamRow> teams) {
    }

    record TeamRow(String team) {
    }

    record AttendanceRow(String member, Boolean attended) {

        boolean present() {
            return Boolean.TRUE.equals(attended);
        }
    }

    private TrainingForm() {
    }

    static Session session(VariableScope scope) {
        return new Session(text(scope.getVariable("trainingAction")), day(scope.getVariable("sessionDate")),
                text(scope.getVariable("sessionMode")), text(scope.getVariable("sessionPlace")),
                text(scope.getVariable("sessionPlatform")), text(scope.getVariable("sessionTopics")),
                rows(scope.getVariable("invitedTeams"), TeamRow[].class));
    }

    static List<AttendanceRow> attendance(VariableScope scope) {
        return rows(scope.getVariable("attendance"), AttendanceRow[].class);
    }

    /** A date field arrives as ISO text from Tasklist; the Java API may pass a Date. */
    private static String day(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        return text(value);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** @param value a JSON text, a Spin JSON node, or already-parsed lists */
    private static <T> List<T> rows(Object value, Class<T[]> type) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof String text ? text
                    : value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value)
                    : value.toString(); // a Spin JSON node prints as its JSON
            T[] parsed = JSON.readValue(json, type);
            return parsed == null ? List.of() : Arrays.asList(parsed); // a null row is refused by the checks
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form's list is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
