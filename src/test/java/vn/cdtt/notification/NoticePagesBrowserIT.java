package vn.cdtt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * The notice pages in a real browser, in Vietnamese: the administrator finds a failed notice with its error and sends
 * it again; a commune official is refused that page and switches to a daily digest on their own page.
 */
@ProductTest
class NoticePagesBrowserIT {

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.id}")
    String adminUser;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> notices = new ArrayList<>();
    private Browser browser;
    private CamundaWebapp pages;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        pages = new CamundaWebapp(browser, port);
    }

    @AfterEach
    void quitBrowserAndRemoveNotices() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            notices.forEach(id -> jdbc.update("delete from drive.notice where id = ?", id));
        }
    }

    @Test
    void administratorSeesAFailedNoticeWithItsErrorAndResendsIt() {
        String recipient = "it-notice-pages-" + UUID.randomUUID().toString().substring(0, 8)
                + "@haugiang.demo.example";
        String error = "550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown in virtual mailbox"
                + " table (the demo mail server has no such mailbox)";
        long id = failedNotice(recipient, error);

        logIn("/admin/notices", adminUser, adminPassword);
        await("the notices page", ExpectedConditions.presenceOfElementLocated(By.id("filters")));
        assertThat(driver.findElements(By.id("smtp-missing"))).as("the test profile names an SMTP server")
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("#counts li[data-status='FAILED']")).getText())
                .startsWith("Gửi lỗi");

        WebElement filter = driver.findElement(By.id("filters"));
        filter.findElement(By.id("recipient")).sendKeys(recipient);
        filter.findElement(By.cssSelector("button[type='submit']")).click();
        // The unfiltered table may list the notice too: wait for the filtered page, not for a row of the old one.
        await("the filtered page", ExpectedConditions.stalenessOf(filter));
        WebElement row = await("the failed notice in the filtered table",
                ExpectedConditions.presenceOfElementLocated(By.id("notice-" + id)));
        assertThat(driver.findElements(By.cssSelector("#notices tbody tr"))).hasSize(1);
        assertThat(cell(row, "status")).isEqualTo("Gửi lỗi");
        assertThat(cell(row, "kind")).isEqualTo("Việc mới");
        assertThat(cell(row, "recipient")).isEqualTo(recipient);
        assertThat(cell(row, "task")).isEqualTo("Báo cáo thử nghiệm trang thông báo");
        assertThat(cell(row, "attempts")).isEqualTo("6");
        WebElement errorCell = row.findElement(By.cssSelector("td.error-text"));
        assertThat(errorCell.getDomAttribute("title")).isEqualTo(error);
        assertThat(errorCell.getText()).as("the error, cut").startsWith("550 5.1.1 <" + recipient).endsWith("…")
                .hasSizeLessThan(error.length());

        // A resend of a notice that does not exist shows the not-found page, through the row's own form and token.
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from drive.notice", Long.class);
        ((JavascriptExecutor) driver).executeScript("var form = arguments[0];"
                + "form.action = form.action.replace(/\\/\\d+\\/resend$/, '/' + arguments[1] + '/resend');"
                + "form.submit();", row.findElement(By.cssSelector("form.resend")), unknown);
        await("the not-found page", ExpectedConditions.presenceOfElementLocated(By.id("error-404")));
        assertThat(pageText()).contains("Không tìm thấy", "HTTP 404");

        driver.get(url("/admin/notices?recipient=" + recipient));
        row = await("the notice again", ExpectedConditions.presenceOfElementLocated(By.id("notice-" + id)));
        row.findElement(By.cssSelector("form.resend button[type='submit']")).click();
        WebElement flash = await("the resend message", ExpectedConditions.visibilityOfElementLocated(By.id("flash")));
        assertThat(flash.getText()).isEqualTo("Thông báo số " + id + " đã được đưa lại vào hàng chờ gửi.");
        assertThat(driver.getCurrentUrl()).as("back to the same filter").contains("recipient=");
        row = driver.findElement(By.id("notice-" + id));
        assertThat(cell(row, "status")).isEqualTo("Chờ gửi");
        assertThat(cell(row, "attempts")).isEqualTo("0");
        assertThat(cell(row, "error-text")).isEmpty();
        assertThat(row.findElements(By.cssSelector("form.resend"))).as("a pending notice is not resent").isEmpty();

        Map<String, Object> stored = jdbc.queryForMap("select status, attempts, last_error from drive.notice"
                + " where id = ?", id);
        assertThat(stored).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("last_error", null);

        // The administrator is no official: nothing to choose, and the home page links both pages.
        driver.get(url("/account/notices"));
        await("the notice settings page", ExpectedConditions.presenceOfElementLocated(By.id("no-official")));
        assertThat(driver.findElements(By.id("notice-mode"))).isEmpty();
        driver.get(url("/"));
        assertThat(driver.findElements(By.cssSelector("main a[href$='/admin/notices']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("main a[href$='/account/notices']"))).hasSize(1);
    }

    @Test
    void communeOfficialIsRefusedTheNoticesPageAndChoosesADailyDigest() {
        String official = DemoAccounts.COMMUNE_B;
        String before = mode(official);
        jdbc.update("update drive.official set notice_mode = 'IMMEDIATE' where username = ?", official);
        try {
            logIn("/admin/notices", official, DemoAccounts.PASSWORD);
            await("the access-denied page", ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
            assertThat(pageText()).contains("Không có quyền truy cập");
            assertThat(driver.findElements(By.id("notices"))).isEmpty();

            driver.get(url("/"));
            assertThat(driver.findElements(By.cssSelector("main a[href$='/admin/notices']"))).isEmpty();
            driver.findElement(By.cssSelector("main a[href$='/account/notices']")).click();
            WebElement form = await("the notice settings form",
                    ExpectedConditions.presenceOfElementLocated(By.id("notice-mode")));
            assertThat(form.findElement(By.id("mode-IMMEDIATE")).isSelected()).isTrue();
            assertThat(form.getText()).contains("Nhận một thư tổng hợp mỗi ngày");

            form.findElement(By.id("mode-DIGEST")).click();
            form.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement saved = await("the saved message", ExpectedConditions.visibilityOfElementLocated(
                    By.id("saved")));
            assertThat(saved.getText()).isEqualTo("Đã lưu cách nhận thông báo.");
            assertThat(driver.findElement(By.id("mode-DIGEST")).isSelected()).isTrue();
            assertThat(mode(official)).isEqualTo("DIGEST");
        } finally {
            jdbc.update("update drive.official set notice_mode = ? where username = ?", before, official);
        }
    }

    /** Opens a page behind the product's form login and logs in on the way. */
    private void logIn(String path, String username, String password) {
        pages.logInAt(path, username, password);
    }

    private long failedNotice(String recipient, String error) {
        Long id = jdbc.queryForObject("insert into drive.notice (kind, task_id, recipient, status, task_name,"
                + " unit_name, attempts, last_error, next_attempt_at) values ('TASK', ?, ?, 'FAILED',"
                + " 'Báo cáo thử nghiệm trang thông báo', 'Phường III', 6, ?, now() - interval '1 hour')"
                + " returning id", Long.class, "it-" + UUID.randomUUID(), recipient, error);
        notices.add(id);
        return id;
    }

    private String mode(String username) {
        return jdbc.queryForObject("select notice_mode from drive.official where username = ?", String.class,
                username);
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td." + column)).getText();
    }

    private <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + Browser.TIMEOUT.toSeconds() + " s waiting for " + what
                    + " at " + driver.getCurrentUrl() + "; the page shows:\n" + pageText(), e);
        }
    }

    private String pageText() {
        return pages.pageText(2000);
    }

    private String url(String path) {
        return pages.url(path);
    }
}
