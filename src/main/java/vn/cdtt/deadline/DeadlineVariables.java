package vn.cdtt.deadline;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;

/**
 * Process variables shared by every model with a deadline ({@code deadline}, {@code reminderAt},
 * {@code escalationAt}, from the plan's offsets) and JSON variables that Camunda Forms read (select options).
 */
public final class DeadlineVariables {

    private static final int DEFAULT_REMINDER_DAYS = 3;
    private static final int DEFAULT_ESCALATION_DAYS = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadlineVariables() {
    }

    public static Map<String, Object> of(PlanFile.DeadlineRule offsets, LocalDate deadline) {
        int before = offsets == null || offsets.reminderDaysBefore() == null ? DEFAULT_REMINDER_DAYS
                : offsets.reminderDaysBefore();
        int after = offsets == null || offsets.escalationDaysAfter() == null ? DEFAULT_ESCALATION_DAYS
                : offsets.escalationDaysAfter();
        return Map.of("deadline", date(deadline), "reminderAt", date(deadline.minusDays(before)),
                "escalationAt", date(deadline.plusDays(after)));
    }

    /** A Json variable, e.g. a list of {label, value} options that a form's select reads through valuesKey. */
    public static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON: " + value, e);
        }
    }

    private static Date date(LocalDate day) {
        return EngineClock.startOf(day);
    }
}
