package vn.cdtt.kernel.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Fields of submitted Camunda Forms that listeners check: required free text no longer than the column that keeps
 * it, and ISO dates as form-js date pickers submit them. Each adds its problem under the field's key.
 */
public final class FormFields {

    /** The days a drive's forms may name: a year 1 or 10000 is a typing slip, not a date of a drive. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private FormFields() {
    }

    /** Blank also when only no-break or other Unicode spaces, which {@link String#isBlank()} takes for text. */
    public static boolean blank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    public static boolean within(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /** @return the trimmed text, or null after adding the problem */
    public static String text(Object value, String field, int maxLength, List<FieldProblem> problems) {
        if (!(value instanceof String text) || blank(text)) {
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
        if (!(value instanceof String text) || blank(text)) {
            problems.add(FieldProblem.of(field, "file.required"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (!within(day)) {
                problems.add(FieldProblem.of(field, "form.dateOutOfRange", text.strip(), EARLIEST.toString(),
                        LATEST.toString()));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "form.badDate", text));
            return null;
        }
    }
}
