package vn.cdtt.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to open it and how to log in. */
@Component
@ConditionalOnProperty(name = "cdtt.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
class DemoStartupBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartupBanner.class);

    private final Environment environment;
    private final DemoProperties properties;

    DemoStartupBanner(Environment environment, DemoProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String base = "http://" + environment.getProperty("server.address", "localhost") + ":"
                + environment.getProperty("local.server.port", "8080");
        String password = properties.password();
        log.info("""

                ================================================================================
                 CDTT demo is running (demo data, synthetic officials and villages)
                   Product:  {}/   (log in once; the session opens everything below)
                   Dashboard: {}/dashboard
                   Tasklist: {}/camunda/app/tasklist/default/
                   Cockpit:  {}/camunda/app/cockpit/default/
                   Admin:    {}/camunda/app/admin/default/
                 Demo logins (password for all: {}):
                   admin         administrator (Tasklist, Cockpit, Admin)
                   hg-lanhdao    provincial leader (Tasklist, Cockpit)
                   hg-stttt      Dept. of Information and Communications (Tasklist)
                   hg-xa-31318   People's Committee of Phường I, Vị Thanh (Tasklist)
                ================================================================================""",
                base, base, base, base, base, password);
    }
}
