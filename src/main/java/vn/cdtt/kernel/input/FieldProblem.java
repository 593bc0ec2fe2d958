package vn.cdtt.kernel.input;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why part of a submission or a file was refused: the field (a form field, a YAML path such as
 * {@code agencies[2].roles[0].role}, or a CSV column with its {@code line}, 1 being the header) and a message key with
 * its arguments, rendered in the reader's language.
 *
 * @param line the file's line for tabular files, null otherwise
 */
public record FieldProblem(Integer line, String path, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String path, String messageKey, Object... arguments) {
        return new FieldProblem(null, path, messageKey, argumentList(arguments));
    }

    /** A problem of a tabular file: the line and the column. */
    public static FieldProblem atLine(int line, String column, String messageKey, Object... arguments) {
        return new FieldProblem(line, column, messageKey, argumentList(arguments));
    }

    // Arguments quote what an official typed, which may be nothing at all: nulls are kept, never an error.
    private static List<Object> argumentList(Object... arguments) {
        return Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }
}
