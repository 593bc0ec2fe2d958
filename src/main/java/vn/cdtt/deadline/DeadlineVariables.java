package vn.cdtt.deadline;

import java.time.LocalDate;
import java.util.Map;


import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;

/**
 * Process variables shared by every model with a deadline ({@code deadline}, {@code reminderAt},
 * {@code escalationAt}, from the plan's offsets).
 */
public final class DeadlineVariables {

    private static final int DEFAULT_REMINDER_DAYS = 3;
    private static final int DEFAULT_ESCALATION_DAYS = 1;

    private DeadlineVariables() {
    }

    public static Map<String, Object> of(PlanFile.DeadlineRule offsets, LocalDate deadline) {
        int before = offsets == null || offsets.reminderDaysBefore() == null ? DEFAULT_REMINDER_DAYS
                : offsets.reminderDaysBefore();
        int after = offsets == null || offsets.escalationDaysAfter() == null ? DEFAULT_ESCALATION_DAYS
                : offsets.escalationDaysAfter();
        return Map.of("deadline", EngineClock.startOf(deadline), "reminderAt",
                EngineClock.startOf(deadline.minusDays(before)),
                "escalationAt", EngineClock.startOf(deadline.plusDays(after)));
    }
}
