package vn.cdtt.kernel.input;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;


/** Reads YAML files into records, turning every parse or mapping error into a {@link FieldProblem} with its path. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static {
        // A date is written as one (2022-05-30); leniently a bare number would be a day counted from 1970.
        YAML.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }

    private static final int MAX_PROBLEMS = 50;

    private YamlFiles() {
    }

    public static <T> T read(byte[] yaml, String fileName, Class<T> type) {
        try {
            List<FieldProblem> characters = refusedCharacters(YAML.readTree(yaml));
            if (!characters.isEmpty()) {
                throw new FileRefusedException(fileName, characters);
            }
            T value = YAML.readValue(yaml, type);
            if (value == null) {
                throw new FileRefusedException(fileName, List.of(FieldProblem.of("", "file.empty")));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw refused(fileName, e, "file.unknownField", e.getPropertyName());
        } catch (InvalidFormatException e) {
            throw refused(fileName, e, "file.badValue", String.valueOf(e.getValue()));
        } catch (JsonMappingException e) {
            throw refused(fileName, e, "file.badStructure", e.getOriginalMessage());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FileRefusedException(fileName, List.of(FieldProblem.of("", "file.notYaml", line,
                    e.getOriginalMessage())));
        } catch (IOException e) {
            throw new FileRefusedException(fileName, List.of(FieldProblem.of("", "file.notYaml", 0,
                    e.getMessage())));
        }
    }

    /**
     * Every key and text value with a character no file of the product needs: a control character (a NUL fails the
     * database write), a tab or line break (no value of a plan or organisation file takes several lines) or a bidi
     * override. Checked on the tree, before mapping, so the path names the key even where no field has that name.
     */
    private static List<FieldProblem> refusedCharacters(JsonNode tree) {
        List<FieldProblem> problems = new ArrayList<>();
        if (tree != null) {
            collectRefused(tree, "", problems);
        }
        return problems;
    }

    private static void collectRefused(JsonNode node, String path, List<FieldProblem> problems) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            int at = TextCharacters.firstRefused(text, false);
            if (at >= 0) {
                problems.add(FieldProblem.of(path, "file.badCharacter", TextCharacters.codeOf(text, at),
                        TextCharacters.positionOf(text, at)));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefused(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                int at = TextCharacters.firstRefused(key, false);
                String keyPath = (path.isEmpty() ? "" : path + ".") + shown(key);
                if (at >= 0) {
                    problems.add(FieldProblem.of(keyPath, "file.badCharacterInKey", TextCharacters.codeOf(key, at),
                            TextCharacters.positionOf(key, at)));
                } else {
                    collectRefused(field.getValue(), keyPath, problems);
                }
            }
        }
    }

    /** A key as the path shows it: a refused character as its code, e.g. {@code <U+202E>}. */
    private static String shown(String key) {
        StringBuilder shown = new StringBuilder();
        key.codePoints().forEach(c -> {
            String one = Character.toString(c);
            if (TextCharacters.acceptable(one, false)) {
                shown.append(one);
            } else {
                shown.append('<').append(TextCharacters.codeOf(one, 0)).append('>');
            }
        });
        return shown.toString();
    }

    private static FileRefusedException refused(String fileName, JsonMappingException e, String key,
                                                 Object argument) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return new FileRefusedException(fileName, List.of(FieldProblem.of(path.toString(), key, argument)));
    }
}
