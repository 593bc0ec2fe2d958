package vn.cdtt.security;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.cdtt.security.login.ClientAddresses;
import vn.cdtt.security.login.EngineRestAuthenticationFilter;
import vn.cdtt.security.login.LoginAttempts;
import vn.cdtt.security.login.ThrottledBasicEntryPoint;
import vn.cdtt.security.login.ThrottledLoginFailureHandler;

/**
 * Who may reach what. Product pages take a form login, whose session also opens the Camunda webapps (single sign-on,
 * see {@link WebappSingleSignOn}); {@code /engine-rest} is guarded by Camunda's HTTP Basic filter, which also makes
 * every REST call run under the caller's Camunda authorizations; the product's {@code /api} takes HTTP Basic. All
 * accounts live in Camunda's identity service.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Matches the whole path, whichever servlet (Spring MVC or Camunda's Jersey) serves it. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(LoginAttempts attempts, ClientAddresses clients,
                                                            MessageSource messages) {
        // Camunda's Basic filter with the product's login throttle (429 with Retry-After while throttled).
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new EngineRestAuthenticationFilter(attempts, clients, messages));
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // Single sign-on (WebappSingleSignOn): only the product's session opens the webapps. They bring their own
        // CSRF filter (X-XSRF-TOKEN) and security headers, which stay in charge of /camunda/**.
        HttpSessionRequestCache appPages = new HttpSessionRequestCache();
        appPages.setRequestMatcher(new RegexRequestMatcher("^/camunda/app/[^/]+/[^/]+/(\\?.*)?$", "GET"));
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // The webapps' own login is off: it would bypass the product's login page.
                        .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(loginPage(), AnyRequestMatcher.INSTANCE))
                // Back to the app page after logging in; never to a script or style the page loaded.
                .requestCache(cache -> cache.requestCache(appPages))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ClientAddresses clients, MessageSource messages) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // The client address for the login throttle; 429 with Retry-After while throttled.
                .httpBasic(basic -> basic.authenticationDetailsSource(clients.details())
                        .authenticationEntryPoint(new ThrottledBasicEntryPoint(messages)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, ClientAddresses clients) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", ThrottledLoginFailureHandler.THROTTLED_PAGE, "/css/**", "/js/**", "/error").permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        // The controllers check the role too; this keeps any later /admin page closed by default.
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // The client address for the login throttle; a throttled login shows the page again with 429.
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(clients.details())
                        .successHandler(backToRequestedPage())
                        .failureHandler(new ThrottledLoginFailureHandler()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginPage()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        // Pages load scripts, styles and images from this application only, and no other site
                        // frames them; Chart.js draws on a canvas and needs no inline code.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** No inline script or style, nothing from elsewhere; forms post only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The login page, redirected to by path: never an absolute URL built from the caller's Host header. */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    private static SavedRequestAwareAuthenticationSuccessHandler backToRequestedPage() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }
}
