package vn.cdtt.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's {@code ContainerBasedAuthenticationFilter} who is logged in: the user of the Spring Security session
 * (the product's form login). Groups and tenant ids stay unset on purpose, so the filter reads them from the engine's
 * identity service, exactly as Camunda's own login would. Instantiated by the filter through its no-arg constructor,
 * hence public and without Spring dependencies.
 */
public class SpringSecurityUserProvider implements AuthenticationProvider {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(authentication.getName());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // No challenge: Spring Security already sent anonymous callers to /login (pages) or answered 401 (API).
    }
}
