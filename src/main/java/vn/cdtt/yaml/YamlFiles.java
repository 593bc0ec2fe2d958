package vn.cdtt.yaml;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    private YamlFiles() {
    }

    public static <T> T read(byte[] yaml, String fileName, Class<T> type) {
        try {
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
