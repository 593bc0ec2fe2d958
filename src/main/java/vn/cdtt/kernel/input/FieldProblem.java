package vn.cdtt.kernel.input;

import java.util.List;

/**
 * Why part of a file was refused: the field path (e.g. {@code agencies[2].roles[0].role}) and a message key with its
 * arguments, rendered in the reader's language.
 */
public record FieldProblem(String path, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String path, String messageKey, Object... arguments) {
        return new FieldProblem(path, messageKey, List.of(arguments));
    }
}
