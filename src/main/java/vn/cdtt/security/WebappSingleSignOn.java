package vn.cdtt.security;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One login for the product and the Camunda webapps (Camunda's container-based authentication): Spring Security
 * guards {@code /camunda/**} (see {@link SecurityConfiguration}), then {@link ContainerBasedAuthenticationFilter}
 * turns the Spring user into the webapps' authentication, with groups, tenants and authorized apps from the engine.
 * Camunda's own filters (session authentication, app authorization, CSRF) run after it, unchanged.
 */
@Configuration(proxyBeanMethods = false)
class WebappSingleSignOn {

    static final String WEBAPPS = "/camunda";
    static final String WEBAPP_AUTH_API = WEBAPPS + "/api/admin/auth/user/*";

    @Bean
    FilterRegistrationBean<Filter> webappContainerAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapp-sso");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUserProvider.class.getName());
        registration.addUrlPatterns(WEBAPPS + "/*");
        // Right after Spring Security's chain, which has loaded the session's user; before Camunda's filters, which
        // Camunda's initializer maps "after" the filter beans anyway.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Maps {@link WebappLogoutFilter} after Camunda's filters, CSRF check included: the factory's own initializers run
     * after the ServletContextInitializer beans, i.e. after Camunda's initializer mapped its filters.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webappLogoutMapping() {
        return factory -> factory.addInitializers(context -> context
                .addFilter("camunda-webapp-sso-logout", new WebappLogoutFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, WEBAPP_AUTH_API));
    }
}
