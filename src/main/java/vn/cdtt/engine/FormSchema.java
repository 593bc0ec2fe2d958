package vn.cdtt.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The fields a task's (or a start event's) Camunda Form submits: all a submission to it may carry. */
record FormSchema(String formId, Map<String, FormField> fields) {

    static final FormSchema NONE = new FormSchema(null, Map.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    static FormSchema parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new FormSchema(root.path("id").asText(null), Collections.unmodifiableMap(fields));
    }

    /** Keyed components are fields; groups without a path add theirs to the same level; dynamic lists nest. */
    private static void collect(JsonNode components, Map<String, FormField> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("dynamiclist".equals(type)) {
                Map<String, FormField> rows = new LinkedHashMap<>();
                collect(component.path("components"), rows);
                String path = component.path("path").asText();
                into.put(path, new FormField(path, component.path("label").asText(null), type, false, null,
                        List.of(), Collections.unmodifiableMap(rows)));
            } else if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                boolean required = validate.path("required").asBoolean(false) && !component.has("conditional");
                Integer maxLength = validate.has("maxLength") ? validate.get("maxLength").asInt() : null;
                String key = component.get("key").asText();
                into.put(key, new FormField(key, component.path("label").asText(null), type, required, maxLength,
                        options(component), Map.of()));
            } else if (component.has("components")) {
                collect(component.path("components"), into);
            }
        }
    }

    /** Fixed options of a select or radio; empty when the options come from a variable. */
    private static List<Object> options(JsonNode component) {
        List<Object> options = new ArrayList<>();
        for (JsonNode option : component.path("values")) {
            JsonNode value = option.path("value");
            options.add(value.isNumber() ? value.numberValue() : value.asText());
        }
        return Collections.unmodifiableList(options);
    }
}
