package vn.cdtt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cdtt.geography.VillageRepository;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/** The REST endpoint over real HTTP: authentication, the official's scope, and errors people can act on. */
@ProductTest
class VillageApiTest {

    private static final String HEADER = "code,name,commune_code,households\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    VillageRepository villages;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    @Test
    void importWithoutCredentialsIs401AndWritesNothing() {
        long before = villages.count();
        ResponseEntity<String> response = http.exchange("/api/villages/import?asOf=2022-06-01", HttpMethod.POST,
                csv(HEADER + run + "-X,Ấp X,31318,10\n", null, null), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(villages.count()).isEqualTo(before);
    }

    @Test
    void wrongPasswordIs401() {
        // Another account than the ones below: Camunda delays an account's next login after a failed one.
        ResponseEntity<String> response = http.withBasicAuth("hg-vhtt-930", "Wrong@Password1")
                .getForEntity("/api/villages?commune=31318&asOf=2022-06-01", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCommuneOfficialImportsTheirOwnVillages() {
        ResponseEntity<Map> response = importAs(DemoAccounts.COMMUNE_A, HEADER + run + "-A1,Ấp Tân Phú,31318,210\n",
                null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("created", 1).containsEntry("updated", 0);

        List<?> listed = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .getForObject("/api/villages?commune=31318&asOf=2022-06-01", List.class);
        assertThat(listed).anySatisfy(v -> assertThat((Map<String, Object>) v).containsEntry("code", run + "-A1")
                .containsEntry("name", "Ấp Tân Phú").containsEntry("synthetic", false));
    }

    @Test
    void aDistrictOfficialMayImportForItsCommunes() {
        ResponseEntity<Map> response = importAs(DemoAccounts.DISTRICT,
                HEADER + run + "-D1,Khu vực 1,31318,100\n" + run + "-D2,Khu vực 2,31321,100\n", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("created", 2);
    }

    @Test
    void anotherCommunesVillagesAreRefusedNamingTheLineInVietnamese() {
        long before = villages.count();
        ResponseEntity<Map> response = importAs(DemoAccounts.COMMUNE_A,
                HEADER + run + "-S1,Ấp A,31318,10\n" + run + "-S2,Ấp B,31321,10\n", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("line", 3).containsEntry("field", "commune_code");
            assertThat((String) error.get("message")).isEqualTo("Bạn không phụ trách Phường III (mã 31321).");
        });
        assertThat(villages.count()).isEqualTo(before);
    }

    @Test
    void errorsComeInEnglishWhenAskedFor() {
        ResponseEntity<Map> response = importAs(DemoAccounts.COMMUNE_A, HEADER + run + "-E1,Ấp A,31318,-3\n", "en");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("line", 2).containsEntry("field", "households")
                .containsEntry("message", "Households must not be negative (is -3)."));
    }

    @Test
    void aMalformedDateIs400NotAServerError() {
        ResponseEntity<String> response = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .exchange("/api/villages/import?asOf=2022-13-45", HttpMethod.POST,
                        csv(HEADER + run + "-T1,Ấp A,31318,10\n", null, null), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("asOf");
    }

    @Test
    void anUnknownCommuneInTheListingIs404NamingTheField() {
        ResponseEntity<Map> response = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .getForEntity("/api/villages?commune=99999&asOf=2022-06-01", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("field", "commune");
    }

    private ResponseEntity<Map> importAs(String user, String body, String language) {
        return http.withBasicAuth(user, DemoAccounts.PASSWORD).exchange("/api/villages/import?asOf=2022-06-01",
                HttpMethod.POST, csv(body, null, language), Map.class);
    }

    private static HttpEntity<byte[]> csv(String body, String user, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers);
    }
}
