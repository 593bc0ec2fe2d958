package vn.cdtt.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the group-level Camunda grants up to date at every start, so a new version's grants (e.g. leaders starting
 * a drive) reach databases created by an earlier one. Another node doing it at the same moment is harmless.
 */
@Component
class WebappGrantsAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WebappGrantsAtStartup.class);

    private final IdentitySync identitySync;

    WebappGrantsAtStartup(IdentitySync identitySync) {
        this.identitySync = identitySync;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            identitySync.grantWebappAccess();
        } catch (RuntimeException e) {
            log.warn("Webapp grants not refreshed at start-up (another node may be doing it): {}", e.getMessage());
        }
    }
}
