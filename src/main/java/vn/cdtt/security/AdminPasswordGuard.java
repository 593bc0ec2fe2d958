package vn.cdtt.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo profile when the administrator's password is missing or a well-known default,
 * before anything touches the database. Registered in META-INF/spring.factories.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

    static final String DEMO_PROFILE = "demo";
    private static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "demo", "camunda", "password", "changeme",
            "changeit", "secret", "123456", "12345678", "demo@2022cds");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            return;
        }
        String id = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        String problem = problemWith(id, password);
        if (problem != null) {
            throw new IllegalStateException("Refusing to start: " + problem + ". Set CDTT_ADMIN_PASSWORD"
                    + " (camunda.bpm.admin-user.password) to a strong secret, or run the 'demo' profile.");
        }
    }

    /** Why this password may not guard the administrator, or null when it may. */
    static String problemWith(String id, String password) {
        if (password == null || password.isBlank()) {
            return "the administrator password is not set";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(id.toLowerCase(Locale.ROOT)) || KNOWN_DEFAULTS.contains(lower)) {
            return "the administrator password is a well-known default";
        }
        return null;
    }
}
