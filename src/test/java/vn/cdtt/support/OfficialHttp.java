package vn.cdtt.support;

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
 * An official on the wire, as a hostile one would work: HTTP Basic on {@code /engine-rest}, or a logged-in browser
 * session on the webapps' own engine API ({@code /camunda/api/engine/engine/default}) with its CSRF token.
 */
public final class OfficialHttp {

    public static final String REST = "/engine-rest";
    public static final String WEBAPP_API = "/camunda/api/engine/engine/default";

    private final String base;
    private final String user;
    private final String password;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String xsrf;

    private OfficialHttp(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.user = user;
        this.password = password;
    }

    /** HTTP Basic on every call. */
    public static OfficialHttp basic(int port, String user, String password) {
        return new OfficialHttp(port, user, password);
    }

    /** Logged in on the product's login page, then handed to Tasklist (single sign-on), holding its CSRF token. */
    public static OfficialHttp session(int port, String user, String password) {
        OfficialHttp browser = new OfficialHttp(port, null, null);
        try {
            HttpResponse<String> page = browser.send("GET", "/login", null, null);
            String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
            String form = Map.of("username", user, "password", password, "_csrf", token).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> login = browser.send("POST", "/login", "application/x-www-form-urlencoded", form);
            if (login.statusCode() != 302) {
                throw new IllegalStateException("login as " + user + " answered " + login.statusCode());
            }
            HttpResponse<String> tasklist = browser.send("GET", "/camunda/app/tasklist/default/", null, null);
            browser.xsrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
                    () -> new IllegalStateException("Tasklist gave " + user + " no CSRF token"));
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine API this official calls: {@code /engine-rest} with Basic, the webapps' with a session. */
    public String api() {
        return user != null ? REST : WEBAPP_API;
    }

    public HttpResponse<String> get(String path) {
        return call("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return call("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return call("PUT", path, json);
    }

    public HttpResponse<String> delete(String path) {
        return call("DELETE", path, null);
    }

    /** A POST with a body of another type than JSON (a multipart form, for instance). */
    public HttpResponse<String> post(String path, String contentType, String body) {
        try {
            return send("POST", path, contentType, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> call(String method, String path, String json) {
        try {
            return send(method, path, json == null ? null : "application/json", json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, text/html");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }
}
