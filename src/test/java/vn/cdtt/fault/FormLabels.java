package vn.cdtt.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labels officials read for each form field key, from the shipped Camunda Forms: a refusal names a field by its
 * label (a variable that is no field by its name), so an answer names the field when it holds either.
 */
final class FormLabels {

    private static final Map<String, Set<String>> LABELS = load();

    private FormLabels() {
    }

    static boolean named(String body, String field) {
        return body.contains(field) || LABELS.getOrDefault(field, Set.of()).stream().anyMatch(body::contains);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> labels = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(json.readTree(form.toFile()).path("components"), labels);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private static void collect(JsonNode components, Map<String, Set<String>> labels) {
        for (JsonNode component : components) {
            String key = component.hasNonNull("key") ? component.get("key").asText()
                    : component.path("path").asText(null);
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.hasNonNull("dateLabel") ? component.get("dateLabel").asText() : null;
            if (key != null && label != null) {
                labels.computeIfAbsent(key, k -> new HashSet<>()).add(label);
            }
            collect(component.path("components"), labels);
        }
    }
}
