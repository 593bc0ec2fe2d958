package vn.cdtt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

@ProductTest
class IdentitySyncTest {

    @Autowired
    IdentitySync sync;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    RoleDirectory roles;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    PasswordSetter passwords;

    @Test
    void aDepartmentOfficialIsInTheAgencyGroupWithTheDepartmentsFilters() {
        assertThat(groupsOf(DemoAccounts.DIGITAL_DEPT))
                .containsExactlyInAnyOrder("agency-hg-stttt", CamundaGroups.OFFICIALS);
        assertThat(identity.createUserQuery().userId(DemoAccounts.DIGITAL_DEPT).singleResult().getEmail())
                .isEqualTo("hg-stttt@haugiang.demo.example");
        assertThat(filterNames(DemoAccounts.DIGITAL_DEPT))
                .containsExactly("Việc của phòng/sở", "Việc tôi đang nhận", "Quá hạn");
    }

    @Test
    void aCommuneOfficialIsInTheUnitGroupWithTheUnitFilter() {
        assertThat(groupsOf(DemoAccounts.COMMUNE_A)).containsExactlyInAnyOrder("agency-hg-ubnd-31318",
                "unit-vn2022-31318", CamundaGroups.OFFICIALS);
        assertThat(filterNames(DemoAccounts.COMMUNE_A))
                .containsExactly("Việc của đơn vị tôi", "Việc của phòng/sở", "Việc tôi đang nhận", "Quá hạn");
    }

    @Test
    void officialsGetTasklistLeadersAlsoCockpitAndOnlyAdministratorsAdmin() {
        assertThat(mayOpen(DemoAccounts.DIGITAL_DEPT, "tasklist")).isTrue();
        assertThat(mayOpen(DemoAccounts.DIGITAL_DEPT, "cockpit")).isFalse();
        assertThat(mayOpen(DemoAccounts.DIGITAL_DEPT, "admin")).isFalse();
        assertThat(mayOpen(DemoAccounts.LEADER, "tasklist")).isTrue();
        assertThat(mayOpen(DemoAccounts.LEADER, "cockpit")).isTrue();
        assertThat(mayOpen(DemoAccounts.LEADER, "admin")).isFalse();
        assertThat(mayOpen("admin", "admin")).isTrue();
    }

    @Test
    void syncingAgainChangesNothing() {
        long filtersBefore = filters.createFilterQuery().count();
        long groupsBefore = identity.createGroupQuery().count();
        long grantsBefore = authorizations.createAuthorizationQuery().count();
        List<String> membershipBefore = groupsOf(DemoAccounts.COMMUNE_A);

        sync.syncAll();

        assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groupsBefore);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grantsBefore);
        assertThat(groupsOf(DemoAccounts.COMMUNE_A)).containsExactlyInAnyOrderElementsOf(membershipBefore);
    }

    @Test
    void theDigitalDepartmentRoleMovesToScienceAndTechnologyOnFirstMarch2025() {
        var hauGiang = units.findValidOn(AdminLevel.PROVINCE, "93", LocalDate.of(2022, 6, 1)).orElseThrow();
        assertThat(roles.groupPlaying(AgencyRole.DIGITAL_DEPT, hauGiang, LocalDate.of(2025, 2, 28)))
                .isEqualTo("agency-hg-stttt");
        assertThat(roles.groupPlaying(AgencyRole.DIGITAL_DEPT, hauGiang, LocalDate.of(2025, 3, 1)))
                .isEqualTo("agency-hg-skhcn");
        assertThatThrownBy(() -> roles.groupPlaying(AgencyRole.COMMUNE_COMMITTEE, hauGiang,
                LocalDate.of(2022, 6, 1))).hasMessageContaining("No agency").hasMessageContaining("COMMUNE_COMMITTEE");
    }

    @Test
    void camundasPasswordPolicyRefusesAWeakPassword() {
        assertThatThrownBy(() -> passwords.setPassword(DemoAccounts.COMMUNE_B, "abc"))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(identity.checkPassword(DemoAccounts.COMMUNE_B, DemoAccounts.PASSWORD)).isTrue();
    }

    @Test
    void vietnameseNamesSplitGivenNameLast() {
        assertThat(IdentitySync.splitName("Trần Minh Khoa")).containsExactly("Khoa", "Trần Minh");
        assertThat(IdentitySync.splitName("Khoa")).containsExactly("Khoa", "");
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> filterNames(String user) {
        return filters.createFilterQuery().filterOwner(user).list().stream()
                .sorted((a, b) -> Integer.compare(priority(a), priority(b))).map(Filter::getName).toList();
    }

    private static int priority(Filter filter) {
        return ((Number) filter.getProperties().get("priority")).intValue();
    }

    private boolean mayOpen(String user, String application) {
        return authorizations.isUserAuthorized(user, groupsOf(user), Permissions.ACCESS, Resources.APPLICATION,
                application);
    }
}
