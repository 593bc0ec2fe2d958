package vn.cdtt.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Refusals written by servlet filters, before any controller runs: an RFC 9457 problem detail, or on
 * {@code /engine-rest} the error shape Camunda's REST clients read ({@code type}, {@code message}).
 */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static boolean isEngineRest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String camundaType, String detail, Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (isEngineRest(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body.put("type", camundaType);
            body.put("message", detail);
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body.put("type", "about:blank");
            body.put("title", status.getReasonPhrase());
            body.put("status", status.value());
            body.put("detail", detail);
            body.putAll(extra);
        }
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
