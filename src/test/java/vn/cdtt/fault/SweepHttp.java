package vn.cdtt.fault;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/** Real HTTP against the running app: HTTP Basic for the REST APIs, a logged-in browser session for pages. */
final class SweepHttp {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The session's cookies, kept by hand: name → value. */
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    private SweepHttp(String base) {
        this.base = base;
    }

    static SweepHttp basic(int port) {
        return new SweepHttp("http://localhost:" + port);
    }

    /** Logs in on the product's login page as a browser does, keeping the session cookie. */
    static SweepHttp loggedIn(int port, String username, String password) throws IOException, InterruptedException {
        SweepHttp browser = new SweepHttp("http://localhost:" + port);
        String token = browser.csrfOf("/login");
        HttpResponse<String> login = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", username, "password", password, "_csrf", token))).build());
        HttpResponse<String> home = browser.send(browser.request("/").GET().build());
        if (login.statusCode() != 302 || home.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + login.statusCode() + " "
                    + login.headers().firstValue("Location").orElse("") + ", then / answered " + home.statusCode());
        }
        return browser;
    }

    /** The CSRF token of the first form on a page. */
    String csrfOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request(path).GET().build());
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
        if (page.statusCode() != 200 || token.isEmpty()) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + " without a form token");
        }
        return token;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    HttpRequest.Builder request(String pathAndQuery, String user, String password) {
        return request(pathAndQuery).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
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

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body: one file part and plain fields. */
    record Multipart(String contentType, byte[] body) {

        static Multipart of(String filePart, String fileName, String fileType, byte[] file,
                            Map<String, String> fields) {
            String boundary = "----sweep" + UUID.randomUUID();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            if (filePart != null) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(file);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(body);
        }
    }
}
