package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * A hand-written {@code ?lang=} or a forged {@code cdtt-lang} cookie is no reason to fail a page: it is ignored and
 * the page is served in Vietnamese, anonymous or logged in.
 */
@ProductTest
class LocaleParameterTest {

    /** Not locales at all, and locales the product does not speak. */
    private static final List<String> BAD = List.of("../..", "..%2F..", "a%20b", "%00", "%3Cscript%3E", "-", "_",
            "x".repeat(300), "fr", "zh-Hant-TW", "und");

    @Autowired
    TestRestTemplate http;

    @Test
    void aBadLangParameterIsIgnoredAndTheLoginPageIsVietnamese() {
        for (String lang : BAD) {
            ResponseEntity<String> page = http.getForEntity(java.net.URI.create(http.getRootUri() + "/login?lang="
                    + lang), String.class);
            assertThat(page.getStatusCode()).as("lang=%s", lang).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as("lang=%s", lang).contains("Tên đăng nhập");
            assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as("lang=%s", lang)
                    .noneMatch(cookie -> cookie.startsWith("cdtt-lang=") && !cookie.startsWith("cdtt-lang=vi"));
        }
    }

    @Test
    void aBadLangCookieIsIgnoredAndTheLoginPageIsVietnamese() {
        for (String value : List.of("../..", "%2E%2E", "x y", "\"\"", "!!", "fr")) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, "cdtt-lang=" + value);
            ResponseEntity<String> page = http.exchange("/login", HttpMethod.GET, new HttpEntity<>(headers),
                    String.class);
            assertThat(page.getStatusCode()).as("cookie %s", value).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as("cookie %s", value).contains("Tên đăng nhập");
        }
    }

    @Test
    void aBadLangParameterOnTheApiIsIgnored() {
        for (String lang : BAD) {
            ResponseEntity<String> plans = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                    .getForEntity(java.net.URI.create(http.getRootUri() + "/api/plans?lang=" + lang), String.class);
            assertThat(plans.getStatusCode()).as("lang=%s", lang).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void englishIsStillThereOnRequest() {
        ResponseEntity<String> page = http.getForEntity("/login?lang=en", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Username");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "cdtt-lang=en");
        assertThat(http.exchange("/login", HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody())
                .contains("Username");
    }
}
