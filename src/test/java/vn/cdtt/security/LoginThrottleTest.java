package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
 * Failed logins are throttled per (account, client address) on every login path, never locked for good: real HTTP
 * as the demo officials, the attacker and the owner at different client addresses (named in X-Forwarded-For by the
 * tests' trusted proxy 127.0.0.1), and the database's rows read to see what was counted.
 */
@ProductTest
class LoginThrottleTest {

    static final String API = "/api/plans";
    static final String ENGINE_REST = "/engine-rest/task?maxResults=1";
    static final String ATTACKER = "203.0.113.7";
    static final String OWNER = "198.51.100.20";
    static final String WRONG = "Wrong@Password1";
    /** cdtt.security.login-throttle.free-failures-per-account (the default). */
    static final int FREE = 5;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    MessageSource messages;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from drive.login_throttle");
        for (String user : List.of(DemoAccounts.COMMUNE_A, DemoAccounts.COMMUNE_B, DemoAccounts.DISTRICT,
                DemoAccounts.LEADER)) {
            identity.unlockUser(user);
        }
    }

    @Test
    void basicOnTheApiAnswers429AfterTheFreeFailuresWhileTheOwnerLogsInFromElsewhere() throws Exception {
        LoginHttp attacker = LoginHttp.from(port, ATTACKER);
        for (int i = 0; i < FREE; i++) {
            assertThat(attacker.basic(API, DemoAccounts.COMMUNE_A, WRONG).statusCode()).isEqualTo(401);
        }
        // Throttled: refused without a look at the password, the right one included.
        HttpResponse<String> throttled = attacker.basic(API, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(throttled.body()).contains("\"status\":429");

        assertThat(LoginHttp.from(port, OWNER).basic(API, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .statusCode()).isEqualTo(200);
        assertThat(failures(DemoAccounts.COMMUNE_A, ATTACKER)).isEqualTo(FREE);
    }

    @Test
    void basicOnEngineRestAnswers429AfterTheFreeFailuresWhileTheOwnerLogsInFromElsewhere() throws Exception {
        LoginHttp attacker = LoginHttp.from(port, ATTACKER);
        for (int i = 0; i < FREE; i++) {
            assertThat(attacker.basic(ENGINE_REST, DemoAccounts.COMMUNE_B, WRONG).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = attacker.basic(ENGINE_REST, DemoAccounts.COMMUNE_B, DemoAccounts.PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(throttled.body()).contains("LoginThrottled");

        assertThat(LoginHttp.from(port, OWNER).basic(ENGINE_REST, DemoAccounts.COMMUNE_B, DemoAccounts.PASSWORD)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theFormLoginShowsTheLoginPageWith429AndAVietnameseMessage() throws Exception {
        LoginHttp attacker = LoginHttp.from(port, ATTACKER);
        for (int i = 0; i < FREE; i++) {
            HttpResponse<String> wrong = attacker.login(DemoAccounts.DISTRICT, WRONG);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(LoginHttp.location(wrong)).endsWith("/login?error");
        }
        HttpResponse<String> throttled = attacker.login(DemoAccounts.DISTRICT, DemoAccounts.PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        String wait = throttled.headers().firstValue("Retry-After").orElseThrow();
        assertThat(Long.parseLong(wait)).isPositive();
        String expected = messages.getMessage("login.throttled", new Object[] {wait}, Locale.forLanguageTag("vi"));
        assertThat(org.jsoup.Jsoup.parse(throttled.body()).select("#throttled").text()).isEqualTo(expected);
        assertThat(throttled.body()).contains("name=\"password\"");

        HttpResponse<String> owner = LoginHttp.from(port, OWNER).login(DemoAccounts.DISTRICT, DemoAccounts.PASSWORD);
        assertThat(owner.statusCode()).isEqualTo(302);
        assertThat(LoginHttp.location(owner)).doesNotContain("error");
    }

    @Test
    void theBackOffGrowsAndExpiresByItself() throws Exception {
        LoginHttp attacker = LoginHttp.from(port, ATTACKER);
        for (int i = 0; i < FREE; i++) {
            assertThat(attacker.basic(API, DemoAccounts.COMMUNE_A, WRONG).statusCode()).isEqualTo(401);
        }
        long firstWait = blockMillis(DemoAccounts.COMMUNE_A, ATTACKER);
        assertThat(firstWait).isPositive();
        assertThat(attacker.basic(API, DemoAccounts.COMMUNE_A, WRONG).statusCode()).isEqualTo(429);

        // Time passes: the block ends (moved into the past in the database rather than waited for).
        endBlocks();
        assertThat(attacker.basic(API, DemoAccounts.COMMUNE_A, WRONG).statusCode()).isEqualTo(401);
        assertThat(blockMillis(DemoAccounts.COMMUNE_A, ATTACKER)).isEqualTo(2 * firstWait);

        endBlocks();
        // The right password from the attacker's address works again once the wait is over, and is forgotten.
        assertThat(attacker.basic(API, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(failures(DemoAccounts.COMMUNE_A, ATTACKER)).isZero();
    }

    @Test
    void oneAddressIsBoundedAcrossAccounts() throws Exception {
        LoginHttp sprayer = LoginHttp.from(port, ATTACKER);
        // freeFailuresPerAddress (the default, 30), each on another account so no account's own count blocks.
        for (int i = 0; i < 30; i++) {
            assertThat(sprayer.basic(API, "no-such-user-" + i, WRONG).statusCode()).isEqualTo(401);
        }
        assertThat(sprayer.basic(API, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(LoginHttp.from(port, OWNER).basic(API, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void camundaNeverLocksTheAccount() throws Exception {
        // More failures than Camunda's default loginMaxAttempts (10), spread over addresses so that every one of
        // them reaches the password check.
        int tried = 0;
        for (String address : List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4")) {
            LoginHttp http = LoginHttp.from(port, address);
            for (int i = 0; i < FREE - 1; i++) {
                assertThat(http.basic(ENGINE_REST, DemoAccounts.LEADER, WRONG).statusCode()).isEqualTo(401);
                tried++;
            }
        }
        Integer attempts = jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class,
                DemoAccounts.LEADER);
        assertThat(attempts).as("failures Camunda counted").isEqualTo(tried).isGreaterThan(10);
        assertThat(identity.checkPassword(DemoAccounts.LEADER, DemoAccounts.PASSWORD)).isTrue();
        assertThat(LoginHttp.from(port, OWNER).basic(ENGINE_REST, DemoAccounts.LEADER, DemoAccounts.PASSWORD)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() throws Exception {
        // ::1 is no trusted proxy: whatever it claims, all its attempts count against ::1 itself.
        for (int i = 0; i < FREE; i++) {
            LoginHttp liar = LoginHttp.untrusted(port, "198.51.100." + (100 + i));
            assertThat(liar.basic(API, DemoAccounts.COMMUNE_B, WRONG).statusCode()).isEqualTo(401);
        }
        assertThat(LoginHttp.untrusted(port, "198.51.100.200").basic(API, DemoAccounts.COMMUNE_B,
                DemoAccounts.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(jdbc.queryForList("select distinct client from drive.login_throttle where account <> ''",
                String.class)).containsExactly("0:0:0:0:0:0:0:1");
    }

    @Test
    void aUserWithoutAPasswordIsA401LikeAnyWrongPassword() throws Exception {
        String id = "test-no-password";
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Không");
            user.setLastName("Mật khẩu");
            identity.saveUser(user);
        }
        assertThat(jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, id)).isNull();
        LoginHttp http = LoginHttp.from(port, OWNER);
        HttpResponse<String> api = http.basic(API, id, WRONG);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(http.basic(ENGINE_REST, id, WRONG).statusCode()).isEqualTo(401);
        HttpResponse<String> form = http.login(id, WRONG);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(LoginHttp.location(form)).endsWith("/login?error");
    }

    private int failures(String account, String client) {
        return jdbc.queryForList("select failures from drive.login_throttle where account = ? and client = ?",
                Integer.class, account, client).stream().findFirst().orElse(0);
    }

    /** How long the last failure made the account wait at this address, from the database's own timestamps. */
    private long blockMillis(String account, String client) {
        return jdbc.queryForObject("select (extract(epoch from blocked_until - last_failure_at) * 1000)::bigint"
                + " from drive.login_throttle where account = ? and client = ?", Long.class, account, client);
    }

    private void endBlocks() {
        jdbc.update("update drive.login_throttle set blocked_until = now() - interval '1 second',"
                + " last_failure_at = last_failure_at - interval '1 hour' where blocked_until is not null");
    }
}
