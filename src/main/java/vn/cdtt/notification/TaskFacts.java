package vn.cdtt.notification;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * What a notice says about its task, captured when the notice is written: name, drive and plan reference,
 * administrative unit, due date, and the task's key (what is expected is rendered from it in the reader's language).
 */
public record TaskFacts(String taskId, String taskKey, String taskName, String driveName, String planReference,
                 String unitName, Date dueAt, List<String> candidateGroups, String assignee) {

    /** Variables that name the unit a task is about, in the order the models set them. */
    static final List<String> UNIT_VARIABLES = List.of("unitName", "communeName", "chooserName", "areaName");

    static String unitName(Function<String, Object> variables) {
        for (String name : UNIT_VARIABLES) {
            if (variables.apply(name) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
