package vn.cdtt.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * Real HTTP for the login tests: one browser-like client (its own cookies) that speaks either from the loopback
 * address 127.0.0.1, the tests' trusted proxy, naming a client in X-Forwarded-For, or from ::1, which is not trusted.
 */
final class LoginHttp {

    private final String base;
    /** The client a trusted proxy says it forwards for; null for none. */
    private final String forwardedFor;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private LoginHttp(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /** Through the trusted proxy (127.0.0.1) for this client address. */
    static LoginHttp from(int port, String clientAddress) {
        return new LoginHttp("http://127.0.0.1:" + port, clientAddress);
    }

    /** Straight from ::1, a peer that is no trusted proxy; its own X-Forwarded-For must be ignored. */
    static LoginHttp untrusted(int port, String claimedForwardedFor) {
        return new LoginHttp("http://[::1]:" + port, claimedForwardedFor);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
    }

    HttpResponse<String> basic(String path, String user, String password) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** Posts a form with the CSRF token of the form on {@code formPage} (fetched first, in this session). */
    HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfOf(formPage));
        return post(action, withToken);
    }

    HttpResponse<String> post(String action, Map<String, String> fields) throws IOException, InterruptedException {
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build());
    }

    /** The product's login form; answers the login POST's response. */
    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return postForm("/login", "/login", Map.of("username", user, "password", password));
    }

    String csrfOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
        if (page.statusCode() != 200 || token.isEmpty()) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + " without a form token");
        }
        return token;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest withCookies = cookies.isEmpty() ? request : HttpRequest.newBuilder(request, (n, v) -> true)
                .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).build();
        HttpResponse<String> response = client.send(withCookies,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
