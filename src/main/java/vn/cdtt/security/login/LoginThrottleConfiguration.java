package vn.cdtt.security.login;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The throttle's settings, and the schedule of its clean-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
@EnableScheduling
class LoginThrottleConfiguration {
}
