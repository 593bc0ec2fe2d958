package vn.cdtt.security.login;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import vn.cdtt.security.ProblemResponses;

/**
 * HTTP Basic on /api: 429 with Retry-After and a problem detail while throttled, else 401. Neither carries a
 * {@code WWW-Authenticate: Basic} challenge: a browser that got one would ask for a password and then send it with
 * every request to the site, cross-site ones included. API clients send their credentials with the request.
 */
public class ThrottledBasicEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;

    public ThrottledBasicEntryPoint(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            answerThrottled(request, response, throttled.retryAfterSeconds(), messages);
        } else {
            answerUnauthenticated(request, response, messages);
        }
    }

    /** 401 without a challenge, as a problem detail or Camunda's error shape for /engine-rest. */
    static void answerUnauthenticated(HttpServletRequest request, HttpServletResponse response,
                                      MessageSource messages) throws IOException {
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "AuthenticationRequired",
                messages.getMessage("login.required.api", null, request.getLocale()), Map.of());
    }

    /** 429 with Retry-After and a small JSON body: a problem detail, or Camunda's error shape for /engine-rest. */
    static void answerThrottled(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
                                MessageSource messages) throws IOException {
        String detail = messages.getMessage("login.throttled.api", new Object[] {String.valueOf(retryAfterSeconds)},
                request.getLocale());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "LoginThrottled", detail,
                Map.of("retryAfter", retryAfterSeconds));
    }
}
