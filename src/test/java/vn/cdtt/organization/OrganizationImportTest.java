package vn.cdtt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FileRefusedException;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/** A province's organisation file: a two-tier province loads whole; every bad file is refused with its path. */
@ProductTest
class OrganizationImportTest {

    /** Cần Thơ after the 2025 reform: 103 communes, no districts. */
    private static final String CAN_THO = """
            province: "92"
            hierarchy: VN2025
            agencies:
              - code: CT-SKHCN
                nameVi: Sở Khoa học và Công nghệ thành phố Cần Thơ
                nameEn: Can Tho Department of Science and Technology
                mailbox: skhcn@cantho.example
                roles:
                  - { role: DIGITAL_DEPT }
                officials:
                  - username: ct-skhcn-an
                    fullName: Nguyễn Văn An
                    email: an@cantho.example
                    access: OFFICIAL
                    locale: en
            perCommune:
              - codePattern: "CT-UBND-{code}"
                nameVi: "Ủy ban nhân dân {name}"
                nameEn: "People's Committee of {name}"
                role: COMMUNE_COMMITTEE
                official:
                  usernamePattern: "ct-xa-{code}"
                  fullNamePattern: "Cán bộ {name}"
                  emailPattern: "{username}@cantho.example"
                  access: OFFICIAL
            """;

    @Autowired
    OrganizationImportService importer;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OfficialRepository officials;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTwoTierProvinceLoadsWithOneCommitteePerCommuneAndCamundaAccounts() {
        OrganizationImportResult result = importer.importYaml(yaml(CAN_THO), "can-tho.yaml", false);

        assertThat(result.agencies()).isEqualTo(1 + 103);
        assertThat(result.officials()).hasSize(1 + 103).contains("ct-skhcn-an", "ct-xa-31321");
        assertThat(groups("ct-xa-31321")).containsExactlyInAnyOrder("agency-ct-ubnd-31321", "unit-vn2025-31321",
                CamundaGroups.OFFICIALS);
        assertThat(identity.createUserQuery().userId("ct-skhcn-an").singleResult().getLastName()).isEqualTo("Nguyễn Văn");
        assertThat(officials.findByUsername("ct-skhcn-an").orElseThrow().isDemo()).isFalse();

        // Loading the corrected file again updates in place.
        importer.importYaml(yaml(CAN_THO.replace("Nguyễn Văn An", "Nguyễn Văn Anh")), "can-tho.yaml", false);
        assertThat(identity.createUserQuery().userId("ct-skhcn-an").singleResult().getFirstName()).isEqualTo("Anh");
        Integer roles = transaction.execute(status -> agencies.findByCode("CT-SKHCN").orElseThrow().getRoles().size());
        assertThat(roles).as("roles replaced, not added").isEqualTo(1);
    }

    @Test
    void missingFieldIsRefusedWithItsPath() {
        assertRefused(CAN_THO.replace("    nameEn: Can Tho Department of Science and Technology\n", ""),
                "agencies[0].nameEn", "file.required");
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedNamingTheKey() {
        assertRefused(CAN_THO.replace("fullName: Nguyễn Văn An", "fullName: \"Nguyễn Văn\\0An\""),
                "agencies[0].officials[0].fullName", "file.badCharacter");
        assertRefused(CAN_THO.replace("nameVi: Sở Khoa học", "nameVi: Sở \u202EKhoa học"),
                "agencies[0].nameVi", "file.badCharacter");
        assertRefused(CAN_THO.replace("nameVi: \"Ủy ban nhân dân {name}\"", "nameVi: \"Ủy ban\\u2067 {name}\""),
                "perCommune[0].nameVi", "file.badCharacter");
    }

    @Test
    void unknownRoleIsRefusedWithItsPath() {
        assertRefused(CAN_THO.replace("role: DIGITAL_DEPT", "role: IT_DEPT"), "agencies[0].roles[0].role",
                "file.badValue");
    }

    @Test
    void endBeforeStartIsRefused() {
        assertRefused(CAN_THO.replace("{ role: DIGITAL_DEPT }",
                "{ role: DIGITAL_DEPT, validFrom: 2025-03-01, validTo: 2025-02-01 }"),
                "agencies[0].roles[0].validTo", "file.endBeforeStart");
    }

    @Test
    void districtsInATwoTierHierarchyAreRefused() {
        assertRefused(CAN_THO + """
                perDistrict:
                  - codePattern: "CT-H-{code}"
                    nameVi: "Huyện {name}"
                    nameEn: "District {name}"
                    role: DISTRICT_COMMITTEE
                """, "perDistrict", "org.noDistricts");
    }

    @Test
    void aUnitOutsideTheProvinceIsRefused() {
        // 00004 is Phường Ba Đình, Hà Nội.
        assertRefused(CAN_THO.replace("locale: en", "locale: en\n        actsFor: [\"00004\"]"),
                "agencies[0].officials[0].actsFor[0]", "file.outsideProvince");
    }

    @Test
    void aBadEmailAndABadUsernameAreRefused() {
        assertRefused(CAN_THO.replace("email: an@cantho.example", "email: an-at-cantho"),
                "agencies[0].officials[0].email", "org.badEmail");
        assertRefused(CAN_THO.replace("username: ct-skhcn-an", "username: Admin User"),
                "agencies[0].officials[0].username", "org.badUsername");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused(CAN_THO.replace("    mailbox:", "    mailBox:"), "agencies[0].mailBox", "file.unknownField");
    }

    @Test
    void aUsernameTwiceIsRefused() {
        assertRefused(CAN_THO.replace("usernamePattern: \"ct-xa-{code}\"", "usernamePattern: \"ct-skhcn-an{code}\"")
                .replace("username: ct-skhcn-an\n", "username: ct-skhcn-an31321\n"),
                "perCommune[0].official.username", "file.duplicate");
    }

    @Test
    void onlyAdministratorsMayLoadAFileOverRest() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        HttpEntity<byte[]> body = new HttpEntity<>(yaml(CAN_THO), headers);

        ResponseEntity<String> anonymous = http.exchange("/api/admin/organization", HttpMethod.POST, body,
                String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> official = http.withBasicAuth(DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD)
                .exchange("/api/admin/organization", HttpMethod.POST, body, String.class);
        assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRefusedFileOverRestNamesTheFileAndPath() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        ResponseEntity<Map> response = http.withBasicAuth("admin", "Test@Kiemthu-2026").exchange(
                "/api/admin/organization?name=can-tho.yaml", HttpMethod.POST,
                new HttpEntity<>(yaml(CAN_THO.replace("province: \"92\"", "province: \"93\"")), headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("file", "can-tho.yaml");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).first().satisfies(error -> {
            assertThat(error).containsEntry("path", "province");
            assertThat((String) error.get("message")).isEqualTo("Không có đơn vị hành chính mã 93 trong danh mục VN2025.");
        });
    }

    private void assertRefused(String file, String path, String messageKey) {
        long agenciesBefore = agencies.count();
        long officialsBefore = officials.count();
        long usersBefore = identity.createUserQuery().count();
        assertThatThrownBy(() -> importer.importYaml(yaml(file), "bad.yaml", false))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad.yaml");
                    assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::messageKey)
                            .contains(org.assertj.core.groups.Tuple.tuple(path, messageKey));
                });
        assertThat(agencies.count()).isEqualTo(agenciesBefore);
        assertThat(officials.count()).isEqualTo(officialsBefore);
        assertThat(identity.createUserQuery().count()).isEqualTo(usersBefore);
    }

    private List<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
