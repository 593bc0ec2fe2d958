package vn.cdtt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the demo organisation and print the demo logins
 * @param password the published password of every demo account
 */
@ConfigurationProperties("cdtt.demo")
record DemoProperties(boolean enabled, String password) {
}
