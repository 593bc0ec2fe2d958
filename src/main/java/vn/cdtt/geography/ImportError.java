package vn.cdtt.geography;

import java.util.List;

/**
 * One reason an import was refused: the line of the file (1 is the header), the column, and a message key with
 * its arguments, rendered in the reader's language.
 */
public record ImportError(int line, String field, String messageKey, List<Object> arguments) {

    public static ImportError of(int line, String field, String messageKey, Object... arguments) {
        return new ImportError(line, field, messageKey, List.of(arguments));
    }
}
