package vn.cdtt.security.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The form login's failures: a wrong password goes back to {@code /login?error} as before; a throttled login shows
 * the login page again with 429, Retry-After and how long to wait (forwarded, so the status stays).
 */
public class ThrottledLoginFailureHandler implements AuthenticationFailureHandler {

    public static final String THROTTLED_PAGE = "/login/throttled";
    static final String RETRY_AFTER_ATTRIBUTE = ThrottledLoginFailureHandler.class.getName() + ".retryAfter";

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(
            "/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, throttled.retryAfterSeconds());
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
        } else {
            wrongPassword.onAuthenticationFailure(request, response, exception);
        }
    }
}
