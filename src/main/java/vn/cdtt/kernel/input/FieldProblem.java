package vn.cdtt.kernel.input;

import java.util.List;

/**
 * Why part of a file was refused: the field path (e.g. {@code agencies[2].roles[0].role}) and a message key with its
 * arguments, rendered in the reader's language.
 */
public record FieldProblem(String path, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String path, String messageKey, Object... arguments) {
        // Arguments quote what an official typed, which may be nothing at all: nulls are kept, never an error.
        return new FieldProblem(path, messageKey, java.util.Collections.unmodifiableList(
                java.util.Arrays.asList(arguments.clone())));
    }
}
