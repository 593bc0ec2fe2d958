package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * Officials change their own password on /account/password: the current one required and throttled, the new one
 * twice and by Camunda's policy; bad input changes nothing (the user row compared before and after). A user of its
 * own, so the demo officials keep their password; the unlock page for administrators only.
 */
@ProductTest
class PasswordChangeTest {

    static final String USER = "test-password-change";
    static final String OLD = "Old@Passw0rd-2026";
    static final String NEW = "New@Passw0rd-2027";
    static final String PAGE = "/account/password";
    static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void freshUser() {
        jdbc.update("delete from drive.login_throttle");
        if (identity.createUserQuery().userId(USER).count() > 0) {
            identity.deleteUser(USER);
        }
        User user = identity.newUser(USER);
        user.setFirstName("Cán bộ");
        user.setLastName("Thử mật khẩu");
        user.setEmail("test-password@cdtt.local");
        user.setPassword(OLD);
        identity.saveUser(user);
    }

    @AfterEach
    void forget() {
        jdbc.update("delete from drive.login_throttle");
        identity.deleteUser(USER);
    }

    @Test
    void theRightCurrentPasswordAndAGoodNewOneChangeOnlyThePassword() throws Exception {
        Map<String, Object> before = userRow();
        LoginHttp official = loggedIn();
        HttpResponse<String> changed = change(official, OLD, NEW, NEW);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(LoginHttp.location(changed)).endsWith(PAGE);
        assertThat(Jsoup.parse(official.get(PAGE).body()).select("#saved").text())
                .isEqualTo(messages.getMessage("password.saved", null, VI));

        assertThat(identity.checkPassword(USER, NEW)).isTrue();
        assertThat(identity.checkPassword(USER, OLD)).isFalse();
        Map<String, Object> after = userRow();
        assertThat(after.get("pwd_")).isNotEqualTo(before.get("pwd_"));
        for (String column : new String[] {"first_", "last_", "email_"}) {
            assertThat(after.get(column)).as(column).isEqualTo(before.get(column));
        }
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() throws Exception {
        Map<String, Object> before = userRow();
        LoginHttp official = loggedIn();
        HttpResponse<String> refused = change(official, "Wrong@Passw0rd-1", NEW, NEW);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problems(refused)).contains(messages.getMessage("password.error.currentPassword", null, VI));
        assertThat(userRow()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select failures from drive.login_throttle where account = ? and client = ?",
                Integer.class, USER, "127.0.0.1")).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() throws Exception {
        LoginHttp official = loggedIn();
        for (int i = 0; i < LoginThrottleTest.FREE; i++) {
            assertThat(change(official, "Wrong@Passw0rd-" + i, NEW, NEW).statusCode()).isEqualTo(400);
        }
        Map<String, Object> before = userRow();
        HttpResponse<String> throttled = change(official, OLD, NEW, NEW);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(userRow()).isEqualTo(before);
        assertThat(identity.checkPassword(USER, OLD)).isTrue();
    }

    @Test
    void aNewPasswordBreakingThePolicyNamesEachRuleAndChangesNothing() throws Exception {
        Map<String, Object> before = userRow();
        HttpResponse<String> refused = change(loggedIn(), OLD, "short", "short");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problems(refused)).contains(
                messages.getMessage("password.policy.PASSWORD_POLICY_LENGTH", new Object[] {"10"}, VI),
                messages.getMessage("password.policy.PASSWORD_POLICY_UPPERCASE", new Object[] {"1"}, VI),
                messages.getMessage("password.policy.PASSWORD_POLICY_DIGIT", new Object[] {"1"}, VI),
                messages.getMessage("password.policy.PASSWORD_POLICY_SPECIAL", new Object[] {"1"}, VI));
        assertThat(userRow()).isEqualTo(before);
    }

    @Test
    void aMismatchedRepeatChangesNothing() throws Exception {
        Map<String, Object> before = userRow();
        HttpResponse<String> refused = change(loggedIn(), OLD, NEW, NEW + "x");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problems(refused)).containsExactly(
                messages.getMessage("password.error.confirmPassword", null, VI));
        assertThat(userRow()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() throws Exception {
        Map<String, Object> before = userRow();
        LoginHttp official = loggedIn();
        HttpResponse<String> forged = official.post(PAGE, Map.of("currentPassword", OLD, "newPassword", NEW,
                "confirmPassword", NEW));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(userRow()).isEqualTo(before);
    }

    @Test
    void administratorsUnlockThrottledAndCamundaLockedAccountsAndNobodyElseMay() throws Exception {
        LoginHttp attacker = LoginHttp.from(port, LoginThrottleTest.ATTACKER);
        for (int i = 0; i < LoginThrottleTest.FREE; i++) {
            assertThat(attacker.basic(LoginThrottleTest.API, USER, "Wrong@Passw0rd-" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(attacker.basic(LoginThrottleTest.API, USER, OLD).statusCode()).isEqualTo(429);
        assertThat(camundaAttempts()).isEqualTo(LoginThrottleTest.FREE);

        LoginHttp official = LoginHttp.from(port, "198.51.100.30");
        assertThat(official.login(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(official.get("/admin/logins").statusCode()).isEqualTo(403);
        String token = official.csrfOf("/");
        assertThat(official.post("/admin/logins/unlock-account", Map.of("account", USER, "_csrf", token))
                .statusCode()).isEqualTo(403);
        assertThat(attacker.basic(LoginThrottleTest.API, USER, OLD).statusCode()).isEqualTo(429);

        LoginHttp admin = LoginHttp.from(port, "198.51.100.31");
        assertThat(admin.login("admin", "Test@Kiemthu-2026").statusCode()).isEqualTo(302);
        HttpResponse<String> page = admin.get("/admin/logins");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("#throttle tr[data-account=" + USER + "]")).isNotEmpty();
        assertThat(Jsoup.parse(page.body()).select("#camunda-locks tr[data-account=" + USER + "]")).isNotEmpty();
        assertThat(admin.post("/admin/logins/unlock-account", Map.of("account", USER)).statusCode())
                .as("without the form token").isEqualTo(403);
        HttpResponse<String> unlocked = admin.postForm("/admin/logins", "/admin/logins/unlock-account",
                Map.of("account", USER));
        assertThat(unlocked.statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select count(*) from drive.login_throttle where account = ?", Integer.class,
                USER)).isZero();
        assertThat(camundaAttempts()).isZero();
        assertThat(attacker.basic(LoginThrottleTest.API, USER, OLD).statusCode()).isEqualTo(200);
    }

    private LoginHttp loggedIn() throws Exception {
        LoginHttp official = LoginHttp.from(port, null);
        HttpResponse<String> login = official.login(USER, OLD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(LoginHttp.location(login)).doesNotContain("error");
        return official;
    }

    private static HttpResponse<String> change(LoginHttp official, String current, String next, String confirm)
            throws Exception {
        return official.postForm(PAGE, PAGE, Map.of("currentPassword", current, "newPassword", next,
                "confirmPassword", confirm));
    }

    private static java.util.List<String> problems(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("#problems li").eachText();
    }

    /** The record an official could change; not rev_, which Camunda bumps when it counts a failed password. */
    private Map<String, Object> userRow() {
        return jdbc.queryForMap("select first_, last_, email_, pwd_, salt_ from act_id_user where id_ = ?",
                USER);
    }

    private Integer camundaAttempts() {
        return jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, USER);
    }
}
