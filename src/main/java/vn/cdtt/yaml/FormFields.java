package vn.cdtt.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Fields of submitted Camunda Forms that listeners check: required free text no longer than the column that keeps
 * it, and ISO dates as form-js date pickers submit them. Each adds its problem under the field's key.
 */
public final class FormFields {

    private FormFields() {
    }

    /** @return the trimmed text, or null after adding the problem */
    public static String text(Object value, String field, int maxLength, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(FieldProblem.of(field, "file.required"));
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(FieldProblem.of(field, "form.tooLong", maxLength));
            return null;
        }
        return text.strip();
    }

    /** @return the date, or null after adding the problem */
    public static LocalDate date(Object value, String field, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(FieldProblem.of(field, "file.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "form.badDate", text));
            return null;
        }
    }
}
