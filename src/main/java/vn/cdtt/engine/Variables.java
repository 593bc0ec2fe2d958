package vn.cdtt.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reading and writing process variables by type, one way everywhere. The names are the models' constants
 * ({@code <Model>Process}); a variable the model guarantees is read with {@link #longOf}, which fails loudly when
 * it is missing, rather than casting in each delegate.
 */
public final class Variables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Variables() {
    }

    /** A whole number the model always sets (ids, counts). */
    public static long longOf(VariableScope scope, String name) {
        return number(scope, name).longValue();
    }

    public static int intOf(VariableScope scope, String name) {
        return number(scope, name).intValue();
    }

    /** A whole number the model may leave unset. */
    public static int intOr(VariableScope scope, String name, int otherwise) {
        return scope.getVariable(name) instanceof Number number ? number.intValue() : otherwise;
    }

    /** A Json variable, e.g. a list of {label, value} options that a form's select reads through valuesKey. */
    public static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON: " + value, e);
        }
    }

    private static Number number(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number;
        }
        throw new IllegalStateException("process variable " + name + " is not a number: " + scope.getVariable(name));
    }
}
