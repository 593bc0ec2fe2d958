package vn.cdtt.review;

import java.util.List;

import vn.cdtt.yaml.FieldProblem;

/** Free-text form fields: required, trimmed, and not longer than the column that keeps them. */
final class Texts {

    private Texts() {
    }

    /** @return the trimmed text, or null after adding the problem */
    static String required(Object value, String field, int maxLength, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(FieldProblem.of(field, "file.required"));
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(FieldProblem.of(field, "review.tooLong", maxLength));
            return null;
        }
        return text.strip();
    }
}
