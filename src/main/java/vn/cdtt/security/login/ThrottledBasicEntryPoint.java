package vn.cdtt.security.login;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/** HTTP Basic on /api: 429 with Retry-After and a problem detail while throttled, else the usual 401 challenge. */
public class ThrottledBasicEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final MessageSource messages;

    public ThrottledBasicEntryPoint(MessageSource messages) {
        this.messages = messages;
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            answerThrottled(response, throttled.retryAfterSeconds(), messages, request.getLocale(), true);
        } else {
            basic.commence(request, response, exception);
        }
    }

    /** 429 with Retry-After and a small JSON body: a problem detail, or Camunda's error shape for /engine-rest. */
    static void answerThrottled(HttpServletResponse response, long retryAfterSeconds, MessageSource messages,
                                Locale locale, boolean problemDetail) throws IOException {
        String detail = messages.getMessage("login.throttled.api", new Object[] {String.valueOf(retryAfterSeconds)},
                locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setCharacterEncoding("UTF-8");
        String json = "\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (problemDetail) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":" + json + ",\"retryAfter\":" + retryAfterSeconds + "}");
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"type\":\"LoginThrottled\",\"message\":" + json + "}");
        }
    }
}
