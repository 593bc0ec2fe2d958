package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.organization.IdentitySync;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.OfficialHttp;
import vn.cdtt.support.ProductTest;

/**
 * An official's Tasklist filters and user record are theirs to read, never to write: a filter they could write
 * would let them run code on the server through a stored expression, a user record they could write would let them
 * pass for someone else or delete their account.
 */
@ProductTest
class FilterAndUserRecordTest {

    private static final String OFFICIAL = DemoAccounts.COMMUNE_A;

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentitySync sync;
    @TempDir
    Path temp;

    /** A JUEL expression that runs a command through reflection, as the probe did. */
    private String codeRunning(Path marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                + ".exec('touch " + marker + "')}";
    }

    private String filterJson(String owner, String query) {
        return "{\"resourceType\":\"Task\",\"name\":\"Việc của tôi\",\"owner\":\"" + owner + "\",\"query\":" + query
                + ",\"properties\":{}}";
    }

    @Test
    void anOfficialCannotChangeCreateOrDeleteTheirFiltersOnEitherApi() throws Exception {
        List<Filter> own = filters.createFilterQuery().filterOwner(OFFICIAL).list();
        assertThat(own).hasSize(4);
        Filter first = own.get(0);
        String queryBefore = String.valueOf(((TaskQueryImpl) first.getQuery()).getCandidateGroups());
        Path marker = temp.resolve("ran-from-a-filter");
        String evil = "{\"assigneeExpression\":\"" + codeRunning(marker) + "\"}";
        String plain = "{\"assignee\":\"admin\"}";

        for (OfficialHttp official : List.of(OfficialHttp.basic(port, OFFICIAL, DemoAccounts.PASSWORD),
                OfficialHttp.session(port, OFFICIAL, DemoAccounts.PASSWORD))) {
            String api = official.api();
            assertThat(official.get(api + "/filter?resourceType=Task").body()).contains(first.getId());
            assertThat(official.put(api + "/filter/" + first.getId(), filterJson(OFFICIAL, evil)).statusCode())
                    .as("an expression in one's own filter").isIn(400, 403);
            assertThat(official.put(api + "/filter/" + first.getId(), filterJson(OFFICIAL, plain)).statusCode())
                    .as("changing one's own filter").isEqualTo(403);
            assertThat(official.post(api + "/filter/create", filterJson(OFFICIAL, evil)).statusCode())
                    .as("creating a filter with an expression").isIn(400, 403);
            assertThat(official.post(api + "/filter/create", filterJson(OFFICIAL, plain)).statusCode())
                    .as("creating a filter").isEqualTo(403);
            assertThat(official.delete(api + "/filter/" + first.getId()).statusCode())
                    .as("deleting one's own filter").isEqualTo(403);
            assertThat(official.get(api + "/filter/" + first.getId() + "/count").statusCode()).isEqualTo(200);
            // What Tasklist reads to offer the edit and delete controls: only "self" (read) and "count"/"list".
            String links = official.call("OPTIONS", api + "/filter/" + first.getId(), null).body();
            assertThat(links).doesNotContain("\"update\"").doesNotContain("\"delete\"");
        }
        Thread.sleep(500); // a command started by the engine would have run by now
        assertThat(marker).as("a command run by a filter expression").doesNotExist();
        Filter after = filters.getFilter(first.getId());
        assertThat(String.valueOf(((TaskQueryImpl) after.getQuery()).getCandidateGroups())).isEqualTo(queryBefore);
        assertThat(filters.createFilterQuery().filterOwner(OFFICIAL).count()).isEqualTo(4);
    }

    @Test
    void noStoredFilterHoldsAnExpressionAndNoneMayBeSavedWithOne() throws Exception {
        for (Filter filter : filters.createFilterQuery().filterOwner(DemoAccounts.DIGITAL_DEPT).list()) {
            assertThat(((TaskQueryImpl) filter.getQuery()).getExpressions()).as(filter.getName()).isEmpty();
        }
        // Not even the administrator may store one: the engine runs with expressions in stored queries off.
        Path marker = temp.resolve("ran-from-an-admin-filter");
        OfficialHttp admin = OfficialHttp.basic(port, "admin", adminPassword);
        var created = admin.post(OfficialHttp.REST + "/filter/create",
                filterJson("admin", "{\"assigneeExpression\":\"" + codeRunning(marker) + "\"}"));
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("Expressions are forbidden in stored queries");
        Thread.sleep(500);
        assertThat(marker).doesNotExist();
        // Ad-hoc queries with an expression stay forbidden too.
        var adhoc = OfficialHttp.basic(port, OFFICIAL, DemoAccounts.PASSWORD).post(OfficialHttp.REST + "/task",
                "{\"assigneeExpression\":\"" + codeRunning(marker) + "\"}");
        assertThat(adhoc.statusCode()).isEqualTo(400);
        assertThat(marker).doesNotExist();
    }

    @Test
    void anOfficialCannotRenameReaddressOrDeleteThemselves() {
        User before = identity.createUserQuery().userId(OFFICIAL).singleResult();
        OfficialHttp official = OfficialHttp.basic(port, OFFICIAL, DemoAccounts.PASSWORD);
        String profile = "{\"id\":\"" + OFFICIAL + "\",\"firstName\":\"Chủ tịch\",\"lastName\":\"UBND tỉnh\","
                + "\"email\":\"a@b.vn\\r\\nBcc: all@b.vn\"}";
        assertThat(official.put(OfficialHttp.REST + "/user/" + OFFICIAL + "/profile", profile).statusCode())
                .isEqualTo(403);
        assertThat(official.put(OfficialHttp.REST + "/user/" + OFFICIAL + "/credentials",
                "{\"password\":\"Khac@2026xyz\",\"authenticatedUserPassword\":\"" + DemoAccounts.PASSWORD + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(official.delete(OfficialHttp.REST + "/user/" + OFFICIAL).statusCode()).isEqualTo(403);
        assertThat(official.get(OfficialHttp.REST + "/user/" + OFFICIAL + "/profile").statusCode()).isEqualTo(200);
        User after = identity.createUserQuery().userId(OFFICIAL).singleResult();
        assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        assertThat(after.getEmail()).isEqualTo(before.getEmail());
        assertThat(identity.checkPassword(OFFICIAL, DemoAccounts.PASSWORD)).isTrue();
    }

    @Test
    void recordsMadeBeforeWithALLAreMendedToReadOnSync() {
        String user = DemoAccounts.COMMUNE_B;
        Filter filter = filters.createFilterQuery().filterOwner(user).list().get(0);
        // As Camunda's default provider left them: ALL for the owner.
        for (Authorization grant : ownGrants(user)) {
            grant.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.ALL});
            authorizations.saveAuthorization(grant);
        }
        assertThat(ownGrants(user)).allSatisfy(g -> assertThat(g.isPermissionGranted(Permissions.DELETE)).isTrue());

        sync.syncOfficial(user);

        List<Authorization> grants = ownGrants(user);
        assertThat(grants).extracting(Authorization::getResourceId).contains(user, filter.getId());
        assertThat(grants).allSatisfy(g -> {
            assertThat(g.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(g.isPermissionGranted(Permissions.UPDATE)).isFalse();
            assertThat(g.isPermissionGranted(Permissions.DELETE)).isFalse();
        });
    }

    private List<Authorization> ownGrants(String user) {
        List<Authorization> grants = new java.util.ArrayList<>(authorizations.createAuthorizationQuery()
                .userIdIn(user).resourceType(Resources.FILTER).list());
        grants.addAll(authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.USER)
                .resourceId(user).list());
        return grants;
    }
}
