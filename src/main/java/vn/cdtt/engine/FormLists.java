package vn.cdtt.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormInputException;

/**
 * The list fields of Camunda Forms (dynamic lists, submitted as JSON): read into rows, or refused naming the field
 * (and the row and column where the JSON says) when they are no list of rows.
 */
public final class FormLists {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static {
        // A checkbox sends true or false; a number there (2 → true) is no answer to it, nor true to a text field.
        JSON.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        JSON.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private FormLists() {
    }

    /**
     * The variable as submitted: a JSON value's text without parsing it, since a malformed one would fail inside the
     * engine with no field named.
     */
    public static Object submitted(VariableScope scope, String name) {
        TypedValue typed = scope.getVariableTyped(name, false);
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        return typed == null ? null : typed.getValue();
    }

    /**
     * @param value a JSON text, a Spin JSON node, or already-parsed lists; null reads as no rows
     * @throws FormInputException naming the field when it is no list of rows, or a row is empty
     */
    public static <T> List<T> read(Object value, String field, Class<T[]> type) {
        if (value == null) {
            return List.of();
        }
        T[] parsed;
        try {
            String json = value instanceof String text ? text
                    : value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value)
                    : value.toString(); // a Spin JSON node prints as its JSON
            parsed = JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new FormInputException(FieldProblem.of(field + path(e), "form.notAList"), e);
        }
        if (parsed == null) {
            return List.of();
        }
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] == null) {
                throw new FormInputException(FieldProblem.of(field + "[" + i + "]", "form.emptyRow"), null);
            }
        }
        return Arrays.asList(parsed);
    }

    /** Where in the list the JSON went wrong, e.g. {@code [0].include}. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
