package vn.cdtt.plan;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the plans shipped in {@code plans/*.yaml} at start-up. A shipped plan that does not validate stops the
 * start, so a broken plan never reaches officials. Another node loading the same version first is fine.
 */
@Component
class ShippedPlans implements ApplicationRunner {

    static final String LOCATION = "classpath*:plans/*.yaml";
    private static final Logger log = LoggerFactory.getLogger(ShippedPlans.class);

    private final PlanService plans;
    private final ResourcePatternResolver resources;

    ShippedPlans(PlanService plans, ResourcePatternResolver resources) {
        this.plans = plans;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : resources.getResources(LOCATION)) {
            try {
                PlanService.Loaded loaded = plans.load(resource.getContentAsByteArray(), resource.getFilename());
                if (loaded.changed()) {
                    log.info("Loaded plan {} version {}", loaded.code(), loaded.version());
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Plan {} was loaded by another node meanwhile", resource.getFilename());
            }
        }
    }
}
