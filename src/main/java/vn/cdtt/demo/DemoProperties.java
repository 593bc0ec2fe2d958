package vn.cdtt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled            load the demo organisation and print the demo logins
 * @param password           the published password of every demo account
 * @param villagesPerCommune synthetic villages generated for every demo commune
 */
@ConfigurationProperties("cdtt.demo")
record DemoProperties(boolean enabled, String password, @DefaultValue("3") int villagesPerCommune) {
}
