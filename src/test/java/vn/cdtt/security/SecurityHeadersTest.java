package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * Product pages' security headers, https behind a trusted TLS proxy (and only a trusted one), redirects that never
 * name a host taken from the request, and health details for administrators only. Real HTTP; the test profile
 * trusts 127.0.0.1 as a proxy and not ::1.
 */
@ProductTest
class SecurityHeadersTest {

    private static final String CLIENT = "198.51.100.23";

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Test
    void productPagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        HttpResponse<String> login = LoginHttp.from(port, CLIENT).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.body()).as("no inline script on a page").doesNotContainPattern("<script(?![^>]*\\bsrc=)"
                + "(?![^>]*type=\"application/json\")[^>]*>");

        LoginHttp leader = LoginHttp.from(port, CLIENT);
        leader.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        HttpResponse<String> dashboard = leader.get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void behindTheTrustedTlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        LoginHttp viaProxy = LoginHttp.from(port, CLIENT);
        HttpResponse<String> page = viaProxy.send(viaProxy.request("/login").header("X-Forwarded-Proto", "https")
                .GET().build());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));

        // Plain http through the same proxy: no HSTS, cookies as before.
        HttpResponse<String> plain = LoginHttp.from(port, CLIENT).get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void aCallerThatIsNoTrustedProxyCannotClaimHttps() throws Exception {
        LoginHttp direct = LoginHttp.untrusted(port, null);
        HttpResponse<String> page = direct.send(direct.request("/login").header("X-Forwarded-Proto", "https")
                .GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void redirectsNameAPathNeverTheCallersHost() throws Exception {
        RawHttp.Response toLogin = RawHttp.exchange("127.0.0.1", port, "GET /dashboard HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close", new byte[0], 0);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");

        RawHttp.Response webapp = RawHttp.exchange("127.0.0.1", port, "GET /camunda/app/tasklist/default/ HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close", new byte[0], 0);
        assertThat(webapp.header("Location")).isEqualTo("/login");

        // Back to the page asked for before logging in, by path.
        LoginHttp official = LoginHttp.from(port, CLIENT);
        official.get("/camunda/app/tasklist/default/");
        HttpResponse<String> loggedIn = official.login(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);
        assertThat(LoginHttp.location(loggedIn)).startsWith("/camunda/app/tasklist/default/");
        HttpResponse<String> loggedOut = official.postForm("/", "/logout", java.util.Map.of());
        assertThat(LoginHttp.location(loggedOut)).isEqualTo("/login?logout");
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = LoginHttp.from(port, CLIENT).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");

        LoginHttp official = LoginHttp.from(port, CLIENT);
        official.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        assertThat(official.get("/actuator/health").body()).doesNotContain("components");

        LoginHttp admin = LoginHttp.from(port, CLIENT);
        admin.login("admin", adminPassword);
        assertThat(admin.get("/actuator/health").body()).contains("components", "db");
    }
}
