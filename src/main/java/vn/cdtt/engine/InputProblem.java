package vn.cdtt.engine;

import java.util.List;

/** Why one submitted variable was refused: the field as officials name it, and a message key with arguments. */
record InputProblem(String field, String messageKey, List<Object> arguments) {

    static InputProblem of(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, messageKey, List.of(arguments));
    }
}
