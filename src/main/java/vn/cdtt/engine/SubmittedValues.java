package vn.cdtt.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.TextCharacters;

/**
 * Checks each value an official submits against the field it is for: its type as the form sends it, the
 * characters of its text, its length and fixed options, and for a dynamic list each row's fields.
 */
final class SubmittedValues {

    /** How a row of a list is named to officials, e.g. "Danh sách tổ, dòng 2". */
    interface RowNames {
        String of(String list, int row);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Typed values that a form never sends and that the engine would deserialize or store as bytes. */
    private static final List<String> REFUSED_TYPES = List.of(ValueType.OBJECT.getName(), ValueType.BYTES.getName(),
            ValueType.FILE.getName(), "xml");

    /**
     * Quotas where a form sets none: no field of a real unit's form needs more (the longest, a training session's
     * topics, is a few paragraphs; a commune lists at most some tens of villages, teams or members), and without them
     * one submission could fill the database with megabytes.
     */
    static final int TEXT_LIMIT = 1_000;
    static final int MULTI_LINE_LIMIT = 10_000;
    static final int ROW_LIMIT = 500;

    private SubmittedValues() {
    }

    static void check(FormField field, Object submitted, RowNames rowNames, List<FieldProblem> problems) {
        Object value = submitted;
        if (submitted instanceof TypedValue typed) {
            String type = typed.getType() == null ? null : typed.getType().getName();
            if (type != null && REFUSED_TYPES.contains(type)) {
                problems.add(FieldProblem.of(field.name(), "input.typeRefused", type));
                return;
            }
            value = typed instanceof SerializableValue serializable && !serializable.isDeserialized()
                    ? serializable.getValueSerialized() : typed.getValue();
        }
        if (value == null) {
            return;
        }
        if (field.isList()) {
            checkList(field, value, rowNames, problems);
            return;
        }
        if (field.isChoiceList()) {
            checkChoices(field, value, problems);
            return;
        }
        checkScalar(field, field.name(), value, problems);
    }

    private static void checkScalar(FormField field, String name, Object value, List<FieldProblem> problems) {
        switch (field.type()) {
            case "number" -> {
                if (!(value instanceof Number)) {
                    problems.add(FieldProblem.of(name, "input.notANumber"));
                }
            }
            case "checkbox" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(FieldProblem.of(name, "input.notAYesNo"));
                }
            }
            case "datetime" -> {
                if (!(value instanceof String) && !(value instanceof java.util.Date)) {
                    problems.add(FieldProblem.of(name, "input.notADate"));
                } else if (value instanceof String text) {
                    checkText(field, name, text, problems);
                }
            }
            default -> {
                if (!(value instanceof String text)) {
                    if (!(value instanceof Number && field.options().contains(value))) {
                        problems.add(FieldProblem.of(name, "input.notText"));
                    }
                    return;
                }
                checkText(field, name, text, problems);
                if (!field.options().isEmpty() && !field.options().contains(text)) {
                    problems.add(FieldProblem.of(name, "input.notAnOption", abbreviated(text)));
                }
            }
        }
    }

    /** A refused value as the refusal quotes it: enough to recognise, never the whole of a pasted page. */
    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static void checkText(FormField field, String name, String text, List<FieldProblem> problems) {
        if (!TextCharacters.acceptable(text, field.isMultiLine())) {
            problems.add(FieldProblem.of(name, "input.controlCharacter"));
        } else if (text.length() > limitOf(field)) {
            problems.add(FieldProblem.of(name, "input.tooLong", limitOf(field)));
        }
    }

    private static int limitOf(FormField field) {
        return field.maxLength() != null ? field.maxLength() : field.isMultiLine() ? MULTI_LINE_LIMIT : TEXT_LIMIT;
    }

    /** A checklist arrives as a JSON array of the chosen values, each checked as a text of the field. */
    private static void checkChoices(FormField field, Object value, List<FieldProblem> problems) {
        JsonNode choices = array(field, value, problems);
        if (choices == null) {
            return;
        }
        for (JsonNode choice : choices) {
            if (!choice.isTextual()) {
                problems.add(FieldProblem.of(field.name(), "input.notText"));
                return;
            }
            checkText(field, field.name(), choice.textValue(), problems);
            if (!field.options().isEmpty() && !field.options().contains(choice.textValue())) {
                problems.add(FieldProblem.of(field.name(), "input.notAnOption", abbreviated(choice.textValue())));
            }
        }
    }

    /**
     * The submitted JSON array (text, a Spin node or Java lists) within the row limit; null, with any problem
     * added, when there is none to check.
     */
    private static JsonNode array(FormField field, Object value, List<FieldProblem> problems) {
        JsonNode rows;
        try {
            rows = value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value instanceof
                    Map<?, ?> || value instanceof List<?> ? value : JSON.readTree(value.toString()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(FieldProblem.of(field.name(), "input.notAList"));
            return null;
        }
        if (rows == null || rows.isNull()) {
            return null;
        }
        if (!rows.isArray()) {
            problems.add(FieldProblem.of(field.name(), "input.notAList"));
            return null;
        }
        if (rows.size() > ROW_LIMIT) {
            problems.add(FieldProblem.of(field.name(), "input.tooManyRows", ROW_LIMIT));
            return null;
        }
        return rows;
    }

    /** A dynamic list arrives as JSON (or as lists from Java): rows of the list's own fields only. */
    private static void checkList(FormField list, Object value, RowNames rowNames, List<FieldProblem> problems) {
        JsonNode rows = array(list, value, problems);
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String rowName = rowNames.of(list.name(), i + 1);
            if (!row.isObject()) {
                problems.add(FieldProblem.of(rowName, "input.notAList"));
                continue;
            }
            var names = row.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                FormField field = list.rowFields().get(key);
                if (field == null) {
                    problems.add(FieldProblem.of(rowName + ": " + key, "input.notOnForm"));
                    continue;
                }
                JsonNode cell = row.get(key);
                if (cell.isNull()) {
                    continue;
                }
                Object cellValue = cell.isNumber() ? cell.numberValue() : cell.isBoolean() ? cell.booleanValue()
                        : cell.isTextual() ? cell.textValue() : cell;
                checkScalar(field, rowName + ": " + field.name(), cellValue, problems);
            }
        }
    }
}
