package vn.cdtt.security.boundary;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import vn.cdtt.security.login.ClientAddresses;

/**
 * The filters every request passes before sessions and Spring Security see it (README, "Security model"): https from a
 * trusted proxy, the body bound, and cross-site posts to the HTTP Basic surfaces refused.
 */
@Configuration(proxyBeanMethods = false)
class BoundaryConfiguration {

    @Bean
    FilterRegistrationBean<Filter> forwardedHttps(ClientAddresses clients) {
        return registration(new ForwardedHttps(clients), "cdtt-forwarded-https", Ordered.HIGHEST_PRECEDENCE, "/*");
    }

    @Bean
    FilterRegistrationBean<Filter> requestBodyLimit(@Value("${cdtt.security.max-request-body}") DataSize max,
                                                    MessageSource messages) {
        return registration(new RequestBodyLimit(max, messages), "cdtt-request-body-limit",
                Ordered.HIGHEST_PRECEDENCE + 1, "/*");
    }

    @Bean
    FilterRegistrationBean<Filter> crossSiteRequests(@Value("${cdtt.base-url}") String baseUrl,
                                                     MessageSource messages) {
        return registration(new CrossSiteRequests(baseUrl, messages), "cdtt-cross-site-requests",
                Ordered.HIGHEST_PRECEDENCE + 2, "/api/*", "/engine-rest/*");
    }

    private static FilterRegistrationBean<Filter> registration(Filter filter, String name, int order,
                                                               String... patterns) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.setOrder(order);
        registration.addUrlPatterns(patterns);
        return registration;
    }
}
