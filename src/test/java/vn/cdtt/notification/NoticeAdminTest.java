package vn.cdtt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/** The services behind the notice pages: resending a notice, and an official's choice of how to get notices. */
@ProductTest
class NoticeAdminTest {

    private static final String RECIPIENT = "notice-admin-test@haugiang.demo.example";

    @Autowired
    NoticeAdmin admin;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeProperties properties;

    private final List<Long> inserted = new ArrayList<>();

    @AfterEach
    void removeNotices() {
        inserted.forEach(id -> jdbc.update("delete from drive.notice where id = ?", id));
    }

    @Test
    void resendPutsAFailedNoticeBackInTheQueue() {
        long id = notice("FAILED", "550 5.1.1 mailbox unavailable");
        jdbc.update("update drive.notice set next_attempt_at = now() + interval '3 days',"
                + " claimed_until = now() + interval '1 hour' where id = ?", id);

        assertThat(admin.resend(id)).isTrue();

        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_error, claimed_until,"
                + " abs(extract(epoch from next_attempt_at - now())) as seconds_off from drive.notice where id = ?",
                id);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("last_error")).isNull();
        assertThat(row.get("claimed_until")).isNull();
        assertThat(((Number) row.get("seconds_off")).doubleValue()).as("next attempt is now").isLessThan(60);
    }

    @Test
    void resendTakesASentNoticeButNotOneStillOnItsWay() {
        long sent = notice("SENT", null);
        long pending = notice("PENDING", null);
        long waiting = notice("DIGEST_WAIT", null);

        assertThat(admin.resend(sent)).isTrue();
        assertThat(admin.resend(pending)).isFalse();
        assertThat(admin.resend(waiting)).isFalse();

        assertThat(status(sent)).isEqualTo("PENDING");
        assertThat(status(waiting)).isEqualTo("DIGEST_WAIT");
    }

    @Test
    void resendRefusesAnUnknownNotice() {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from drive.notice", Long.class);

        assertThatThrownBy(() -> admin.resend(unknown)).isInstanceOf(UnknownNoticeException.class)
                .hasMessageContaining(String.valueOf(unknown));
    }

    @Test
    void findFiltersByStatusAndRecipientNewestFirst() {
        long older = notice("FAILED", "first");
        long newer = notice("FAILED", "second");
        notice("SENT", null);

        NoticeAdmin.Page page = admin.find("FAILED", "NOTICE-ADMIN-TEST@", 0, 50);

        assertThat(page.notices()).extracting(Notice::id).containsExactly(newer, older);
        assertThat(page.total()).isEqualTo(2);
        assertThat(admin.find(null, "notice-admin-test%", 0, 50).total()).as("% is no wildcard").isZero();
        assertThat(admin.counts()).containsKeys(NoticeAdmin.STATUSES.toArray(String[]::new));
        assertThat(admin.counts().get("FAILED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anOfficialChoosesADigestAndBack() {
        NoticePreferences.Mode before = preferences.modeOf(DemoAccounts.COMMUNE_B).orElseThrow();
        try {
            assertThat(preferences.choose(DemoAccounts.COMMUNE_B, "DIGEST")).isTrue();
            assertThat(column(DemoAccounts.COMMUNE_B)).isEqualTo("DIGEST");
            assertThat(preferences.choose(DemoAccounts.COMMUNE_B, "IMMEDIATE")).isTrue();
            assertThat(column(DemoAccounts.COMMUNE_B)).isEqualTo("IMMEDIATE");
        } finally {
            preferences.choose(DemoAccounts.COMMUNE_B, before.name());
        }
    }

    @Test
    void anUnknownModeIsRefusedAndChangesNothing() {
        String before = column(DemoAccounts.COMMUNE_B);

        for (String mode : new String[] {"WEEKLY", "digest", "", null}) {
            assertThatThrownBy(() -> preferences.choose(DemoAccounts.COMMUNE_B, mode))
                    .as("mode %s", mode).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(column(DemoAccounts.COMMUNE_B)).isEqualTo(before);
    }

    @Test
    void someoneWhoIsNoOfficialHasNoModeToSave() {
        assertThat(preferences.modeOf("admin")).isEmpty();
        assertThat(preferences.choose("admin", "DIGEST")).isFalse();
    }

    @Test
    void thePageTellsWhenNoMailServerIsConfigured() {
        // A sender without a JavaMailSender, as when spring.mail.host is not set.
        NoticeSender unconfigured = new NoticeSender(jdbc,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), null, properties);
        ExtendedModelMap model = new ExtendedModelMap();

        String view = new NoticeAdminPageController(admin, unconfigured).list("NO_SUCH_STATUS", " ", "abc", model);

        assertThat(view).isEqualTo("notices/admin");
        assertThat(model).containsEntry("configured", false).containsEntry("status", null)
                .containsEntry("recipient", null).containsEntry("page", 1);
    }

    @Test
    void aPageBeyondTheLastIsNotFoundEvenOneThatOverflowsTheOffset() {
        NoticeAdminPageController page = controller();
        for (String number : new String[] {"2147483647", "42949673", "1000000"}) {
            assertThatThrownBy(() -> page.list(null, null, number, new ExtendedModelMap())).as("page %s", number)
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
        // The first page always exists, even with nothing in it.
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(page.list("FAILED", "nobody-at-all-" + UUID.randomUUID(), "1", model)).isEqualTo("notices/admin");
        assertThat(model).containsEntry("page", 1).containsEntry("pages", 1);
    }

    @Test
    void afterAResendThePageKeptIsOneThatStillExists() {
        long id = notice("FAILED", "550 5.1.1 mailbox unavailable");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = controller().resend(id, "FAILED", RECIPIENT, "2147483647", redirect);

        assertThat(view).isEqualTo("redirect:/admin/notices");
        // The only failed notice of this recipient is pending now: the filter has one (empty) page.
        assertThat(redirect).doesNotContainKey("page").containsEntry("status", "FAILED");
    }

    private NoticeAdminPageController controller() {
        NoticeSender unconfigured = new NoticeSender(jdbc,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), null, properties);
        return new NoticeAdminPageController(admin, unconfigured);
    }

    private long notice(String status, String error) {
        Long id = jdbc.queryForObject("insert into drive.notice (kind, task_id, recipient, username, status,"
                + " task_name, unit_name, attempts, last_error, sent_at) values ('TASK', ?, ?, null, ?,"
                + " 'Nhiệm vụ thử', 'Phường III', 6, ?, case when ? = 'SENT' then now() end) returning id",
                Long.class, "test-" + UUID.randomUUID(), RECIPIENT, status, error, status);
        inserted.add(id);
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from drive.notice where id = ?", String.class, id);
    }

    private String column(String username) {
        return jdbc.queryForObject("select notice_mode from drive.official where username = ?", String.class,
                username);
    }
}
