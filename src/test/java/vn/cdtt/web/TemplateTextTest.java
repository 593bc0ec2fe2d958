package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every text a page shows comes from the message bundles: no template has words outside a {@code th:text}-like
 * attribute (the placeholder text inside such an element is replaced when the page is rendered), no visible
 * attribute is written literally, and every {@code #{key}} a template names exists in both languages.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label",
            "value");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Status codes are the same in every language. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\s*HTTP \\d{3}\\s*");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template));
            for (Element element : page.getAllElements()) {
                if (replaced(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find() && !NOT_WORDS.matcher(text.text()).matches()) {
                        problems.add(template + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : VISIBLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && LETTER.matcher(element.attr(attribute)).find()
                            && !element.tagName().equals("input") && !element.tagName().equals("option")
                            && !element.tagName().equals("button")) {
                        problems.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("text written into templates instead of the message bundles").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = KEY.matcher(Files.readString(template));
            while (keys.find()) {
                String key = keys.group(1);
                if (!vietnamese.containsKey(key) || !english.containsKey(key)) {
                    missing.add(template.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Whether Thymeleaf replaces this element's content, or it sits inside such an element. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
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
