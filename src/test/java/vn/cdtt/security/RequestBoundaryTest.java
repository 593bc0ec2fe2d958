package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.fault.RowFingerprint;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * The request boundary, over real HTTP: bodies are bounded (413, whether declared or chunked), the HTTP Basic surfaces
 * refuse a foreign Origin and text/plain and never challenge a browser, and nothing changes in the database on any
 * refusal. The default bound (5 MB) is used, so that this class shares the product's test context.
 */
@ProductTest
class RequestBoundaryTest {

    private static final int SIX_MB = 6 * 1024 * 1024;
    private static final String START = "/engine-rest/process-definition/key/CampaignLifecycleProcess/start";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private RowFingerprint rows;
    private Map<String, String> before;

    @BeforeEach
    void fingerprint() {
        rows = new RowFingerprint(jdbc);
        before = rows.take();
    }

    private void assertNothingChanged() {
        assertThat(RowFingerprint.changed(before, rows.take())).as("tables changed by a refused request").isEmpty();
    }

    private RawHttp.Response send(String method, String path, String user, String contentType, String extraHeaders,
                                  byte[] body, long declaredLength, int chunkSize) throws Exception {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        if (user != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                    (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append(chunkSize > 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
        head.append("Connection: close\r\n").append(extraHeaders);
        return RawHttp.exchange("127.0.0.1", port, head.toString(), body, chunkSize);
    }

    private static byte[] villageCsv(int bytes) {
        StringBuilder csv = new StringBuilder("code,name,commune_code,households\n");
        for (int i = 0; csv.length() < bytes; i++) {
            csv.append("BND-").append(i).append(",Ấp ranh giới ").append(i).append(',')
                    .append(DemoAccounts.COMMUNE_A_CODE).append(",10\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyDeclaredLargerThanTheBoundIs413BeforeItIsRead() throws Exception {
        // Only the headers are sent: the refusal must not wait for (or read) the six megabytes they announce.
        RawHttp.Response api = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/csv", "", new byte[0], SIX_MB, 0);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("5 MB");

        RawHttp.Response rest = send("POST", START, DemoAccounts.LEADER, "application/json", "", new byte[0], SIX_MB,
                0);
        assertThat(rest.status()).isEqualTo(413);
        assertThat(rest.body()).contains("\"type\":\"RequestBodyTooLarge\"");

        RawHttp.Response upload = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "multipart/form-data; boundary=x", "", new byte[0], SIX_MB, 0);
        assertThat(upload.status()).isEqualTo(413);
        assertNothingChanged();
    }

    @Test
    void aChunkedBodyIsReadUpToTheBoundAndRefusedPastIt() throws Exception {
        RawHttp.Response tooLong = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/csv", "", villageCsv(5 * 1024 * 1024 + 20_000), 0, 64 * 1024);
        assertThat(tooLong.status()).isEqualTo(413);
        assertNothingChanged();

        // Within the bound a chunked body is served to the endpoint as if it had been sent with its length.
        RawHttp.Response small = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/csv", "", villageCsv(2_000), 0, 500);
        assertThat(small.status()).as(small.body()).isEqualTo(200);
        assertThat(small.body()).contains("\"created\"");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedOnBothBasicSurfaces() throws Exception {
        byte[] csv = villageCsv(300);
        for (String origin : new String[] {"https://evil.example", "null", "http://127.0.0.1:" + (port + 1)}) {
            RawHttp.Response api = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                    "text/csv", "Origin: " + origin + "\r\n", csv, csv.length, 0);
            assertThat(api.status()).as("Origin " + origin).isEqualTo(403);
            RawHttp.Response rest = send("POST", START, DemoAccounts.LEADER, "application/json",
                    "Origin: " + origin + "\r\n", "{}".getBytes(), 2, 0);
            assertThat(rest.status()).as("Origin " + origin).isEqualTo(403);
            assertThat(rest.body()).contains("\"type\":\"CrossSiteRequest\"");
        }
        RawHttp.Response fetchMetadata = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/csv", "Sec-Fetch-Site: cross-site\r\n", csv, csv.length, 0);
        assertThat(fetchMetadata.status()).isEqualTo(403);
        assertNothingChanged();

        // The application's own pages (the base URL, or the address the browser used) may post.
        RawHttp.Response own = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/csv", "Origin: http://127.0.0.1:" + port + "\r\n", csv, csv.length, 0);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        RawHttp.Response base = send("GET", "/api/villages?commune=" + DemoAccounts.COMMUNE_A_CODE
                + "&asOf=2022-06-01", DemoAccounts.COMMUNE_A, null, "Origin: https://evil.example\r\n", new byte[0], 0, 0);
        assertThat(base.status()).as("a read is not refused for its Origin").isEqualTo(200);
    }

    @Test
    void plainTextBodiesAreRefused() throws Exception {
        byte[] csv = villageCsv(300);
        RawHttp.Response api = send("POST", "/api/villages/import?asOf=2022-06-01", DemoAccounts.COMMUNE_A,
                "text/plain; charset=UTF-8", "", csv, csv.length, 0);
        assertThat(api.status()).isEqualTo(415);
        RawHttp.Response plan = send("POST", "/api/plans", "admin", "text/plain", "", "code: x".getBytes(), 7, 0);
        assertThat(plan.status()).isEqualTo(415);
        RawHttp.Response rest = send("POST", START, DemoAccounts.LEADER, "text/plain",
                "", "{}".getBytes(), 2, 0);
        assertThat(rest.status()).isEqualTo(415);
        assertNothingChanged();
    }

    @Test
    void noBasicChallengeIsSentToBrowsers() throws Exception {
        for (String path : new String[] {"/api/villages?commune=31318", "/engine-rest/task"}) {
            RawHttp.Response anonymous = send("GET", path, null, null, "", new byte[0], 0, 0);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.headers()).as(path).doesNotContainKey("www-authenticate");
        }
        RawHttp.Response wrong = RawHttp.exchange("127.0.0.1", port, "GET /api/villages?commune=31318 HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(
                "hg-vhtt-930:Wrong@Password9".getBytes()) + "\r\nConnection: close", new byte[0], 0);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers()).doesNotContainKey("www-authenticate");
    }
}
