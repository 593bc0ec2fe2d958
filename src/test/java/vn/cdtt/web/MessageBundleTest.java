package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Vietnamese (the default bundle) and English carry the same keys, and no value is left empty. */
class MessageBundleTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                vietnamese.stringPropertyNames());
        vietnamese.forEach((key, value) -> assertThat(value.toString()).as("vi " + key).isNotBlank());
        english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
