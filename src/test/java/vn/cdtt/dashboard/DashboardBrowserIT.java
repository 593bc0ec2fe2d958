package vn.cdtt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.review.PhaseRollUp;
import vn.cdtt.support.Browser;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/**
 * The dashboard in headless Chromium: a leader sees the chart drawn and the numbers of the database, drills down to a
 * commune, downloads the Excel report and it reads back; a commune official sees only their commune.
 */
@ProductTest
class DashboardBrowserIT {

    private static final By LOGIN_SUBMIT = By.cssSelector("form[action$='/login'] button[type='submit']");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    PhaseRollUp rollUp;

    private Browser browser;
    private WebDriver driver;
    private DashboardFixture fixture;

    @BeforeEach
    void driveAndBrowser() {
        fixture = new DashboardFixture(jdbc, campaigns, plans, units, rollUp);
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLeaderSeesTheChartAndTheNumbersDrillsDownAndDownloadsTheReport() throws Exception {
        long campaign = fixture.campaign();
        logIn("/dashboard", "hg-lanhdao");
        driver.findElement(By.cssSelector("#drives a[href$='/dashboard/" + campaign + "']")).click();
        await("the province's roll-up", ExpectedConditions.presenceOfElementLocated(By.id("children")));
        assertThat(driver.findElement(By.id("unit-name")).getText()).isEqualTo("Tỉnh Hậu Giang");
        Long bars = (Long) ((JavascriptExecutor) driver).executeScript(
                "return window.coverageChart ? window.coverageChart.data.datasets[0].data.length : -1");
        assertThat(bars).as("Chart.js drew one bar per district").isEqualTo(8L);
        assertThat(driver.findElement(By.id("coverage-chart")).getSize().getWidth()).isPositive();

        long teams = jdbc.queryForObject("select count(*) from drive.team where campaign_id = ?", Long.class, campaign);
        long members = jdbc.queryForObject("select count(*) from drive.team_member m join drive.team t on t.id ="
                + " m.team_id where t.campaign_id = ?", Long.class, campaign);
        assertThat(driver.findElement(By.id("total-teams")).getText()).isEqualTo(String.valueOf(teams));
        assertThat(driver.findElement(By.id("total-members")).getText()).isEqualTo(String.valueOf(members));
        assertThat(driver.findElement(By.id("total-assigned")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("indicators")).getText()).contains("26.67", "66.67", "46.67");
        assertThat(driver.findElements(By.id("documents"))).as("no report received yet").isEmpty();
        fixture.documents();
        driver.navigate().refresh();
        await("the reports received", ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        assertThat(driver.findElement(By.id("compiled-reports")).getText()).contains("Quý III/2022",
                "Báo cáo 85/BC-STTTT", "Hai xã đã báo cáo", "2 / 2");
        assertThat(driver.findElement(By.id("sector-reports")).getText()).contains("Sở Y tế tỉnh Hậu Giang",
                "Báo cáo 12/BC-SYT");
        assertThat(driver.findElement(By.id("requested-reports")).getText()).contains("Kết quả cài đặt VNeID",
                "15/08/2022", "1 / 2", "Chưa tổng hợp");
        screenshot("dashboard-province.png");

        long viThanh = fixture.unit(AdminLevel.DISTRICT, "930");
        driver.findElement(By.cssSelector("#unit-" + viThanh + " a")).click();
        await("Vị Thanh's communes", ExpectedConditions.textToBe(By.id("unit-name"), "Thành phố Vị Thanh"));
        long phuongI = fixture.unit(AdminLevel.COMMUNE, "31318");
        assertThat(driver.findElement(By.cssSelector("#unit-" + phuongI)).getText()).contains("Xuất sắc");
        driver.findElement(By.cssSelector("#unit-" + phuongI + " a")).click();
        await("Phường I's villages", ExpectedConditions.presenceOfElementLocated(By.id("villages")));
        assertThat(driver.findElements(By.cssSelector("#villages tbody tr"))).hasSize((int) fixture.villagesOf(phuongI));
        assertThat(driver.findElement(By.id("breadcrumb")).getText()).contains("Tỉnh Hậu Giang",
                "Thành phố Vị Thanh", "Phường I");
        screenshot("dashboard-commune.png");

        long province = fixture.unit(AdminLevel.PROVINCE, "93");
        HttpResponse<byte[]> excel = download("/dashboard/" + campaign + "/export.xlsx?unit=" + province);
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet rollUpSheet = workbook.getSheetAt(0);
            assertThat(rollUpSheet.getRow(0).getCell(0).getStringCellValue()).startsWith("BÁO CÁO TỔNG HỢP")
                    .endsWith("Tỉnh Hậu Giang");
            assertThat(rollUpSheet.getRow(1).getCell(0).getStringCellValue()).contains("103/KH-UBND");
            assertThat(rollUpSheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            Row total = rollUpSheet.getRow(5 + 8);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).as("communes given teams").isEqualTo(2);
            assertThat(total.getCell(8).getNumericCellValue()).as("members").isEqualTo(members);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Xếp hạng");
        }
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        long campaign = fixture.campaign();
        logIn("/dashboard/" + campaign, DemoAccounts.COMMUNE_A);
        await("the commune's page", ExpectedConditions.presenceOfElementLocated(By.id("villages")));
        assertThat(driver.findElement(By.id("unit-name")).getText()).isEqualTo("Phường I");
        assertThat(driver.findElements(By.id("children"))).isEmpty();
        fixture.documents();
        driver.navigate().refresh();
        await("the commune's page again", ExpectedConditions.presenceOfElementLocated(By.id("villages")));
        assertThat(driver.findElements(By.id("documents"))).as("the province's documents are the province's")
                .isEmpty();

        driver.get(url("/dashboard/" + campaign + "?unit=" + fixture.unit(AdminLevel.PROVINCE, "93")));
        assertThat(driver.getPageSource()).contains("404");
        assertThat(driver.findElements(By.id("children"))).isEmpty();
    }

    private void logIn(String path, String username) {
        driver.get(url(path));
        await("the product's login page", ExpectedConditions.urlMatches("/login$"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(LOGIN_SUBMIT).click();
        await(username + " sent on to " + path, ExpectedConditions.urlContains(path));
    }

    /** The export, fetched with the browser's session as a download would be. */
    private HttpResponse<byte[]> download(String path) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private <T> T await(String what, Function<? super WebDriver, T> condition) {
        try {
            return browser.waiting().until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what + " at " + driver.getCurrentUrl(), e);
        }
    }
}
