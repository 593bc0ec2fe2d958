package vn.cdtt.security.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic filter for {@code /engine-rest}, with the product's login throttle: the credentials are
 * checked here once ({@link LoginAttempts}: 429 while throttled, 401 when wrong), and Camunda's filter then runs as
 * before (engine lookup, the caller's groups and tenants, clearing the authentication) with a provider that only
 * reads the user this filter accepted.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    static final String ACCEPTED_USER = EngineRestAuthenticationFilter.class.getName() + ".user";

    private final LoginAttempts attempts;
    private final ClientAddresses clients;
    private final MessageSource messages;

    public EngineRestAuthenticationFilter(LoginAttempts attempts, ClientAddresses clients, MessageSource messages) {
        this.attempts = attempts;
        this.clients = clients;
        this.messages = messages;
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        authenticationProvider = new AcceptedUserProvider();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        request.removeAttribute(ACCEPTED_USER);
        String[] credentials = basicCredentials(http.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials != null) {
            LoginAttempts.Outcome outcome = attempts.attempt(credentials[0], credentials[1], clients.of(http));
            if (outcome instanceof LoginAttempts.Throttled throttled) {
                ThrottledBasicEntryPoint.answerThrottled(http, (HttpServletResponse) response,
                        throttled.retryAfterSeconds(), messages);
                return;
            }
            if (outcome instanceof LoginAttempts.Success success) {
                request.setAttribute(ACCEPTED_USER, success.userId());
            }
        }
        super.doFilter(request, response, chain);
    }

    /** User and password of a Basic header, or null when there is none or it is not well-formed. */
    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The user is the one {@link #doFilter} accepted, if any; a refusal is a bare 401 (see below). */
    static class AcceptedUserProvider extends HttpBasicAuthenticationProvider {

        /**
         * No {@code WWW-Authenticate: Basic} challenge: a browser that got one would ask for a password and then send
         * it with every request to the site, cross-site ones included. REST clients send their credentials unasked.
         */
        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Object user = request.getAttribute(ACCEPTED_USER);
            return user instanceof String id ? AuthenticationResult.successful(id)
                    : AuthenticationResult.unsuccessful();
        }
    }
}
