package vn.cdtt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.organization.PasswordSetter;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.support.Browser;
import vn.cdtt.support.CamundaWebapp;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.support.TasklistForms;
import vn.cdtt.team.TeamEstablishments;

/**
 * Plan 115 in a real browser: Đông Hà's official opens the city's pilot review in Tasklist, sees the city's communes
 * by name (those already in the drive left out), decides to scale up, ticks three communes and sums up; the three
 * communes are recorded for the wave. A screenshot of the filled form goes to {@code target/screenshots/}.
 */
@ProductTest
class DistrictReviewBrowserIT {

    private static final String OFFICIAL = "qt-dongha";
    /** Đông Hà's two pilot wards, and three of its communes not yet in the drive, by name and code. */
    private static final List<String> PILOT = List.of("19330", "19333");
    private static final List<String> CHOSEN = List.of("Phường Đông Lễ", "Phường 2", "Phường 3");
    private static final List<String> CHOSEN_CODES = List.of("19336", "19342", "19354");

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    PasswordSetter passwords;
    @Autowired
    TeamEstablishments establishments;
    @Autowired
    ProcessDays days;

    @LocalServerPort
    int port;

    private final String run = Long.toString(System.nanoTime(), 36);
    private Browser browser;
    private String instance;

    @AfterEach
    void closeBrowserAndEndTheReview() {
        ProcessDays.reset();
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            // The context is shared: leave no open reviews in the districts' Tasklists.
            days.endDrives("quang-tri-115-browser-" + run + "%");
        }
    }

    @Test
    void dongHasOfficialPicksTheScaleUpCommunesByNameInTasklist() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/quang-tri-2022.yaml").getContentAsByteArray(),
                "quang-tri-2022.yaml", false);
        organization.importYaml(("""
                province: "45"
                hierarchy: VN2022
                agencies:
                  - code: QT-UBND-461
                    nameVi: Ủy ban nhân dân Thành phố Đông Hà
                    nameEn: People's Committee of Dong Ha city
                    unit: "461"
                    roles: [{ role: DISTRICT_COMMITTEE }]
                    officials:
                      - username: %s
                        fullName: Cán bộ UBND thành phố Đông Hà (kiểm thử)
                        email: qt-dongha@quangtri.test.example
                        access: OFFICIAL
                        actsFor: ["461"]
                """).formatted(OFFICIAL).getBytes(StandardCharsets.UTF_8), "dong-ha-official.yaml", false);
        passwords.setPassword(OFFICIAL, DemoAccounts.PASSWORD);
        Task review = dongHasPilotReview();

        browser = Browser.start();
        CamundaWebapp camunda = new CamundaWebapp(browser, port);
        TasklistForms forms = new TasklistForms(browser, camunda);
        camunda.logIn("tasklist", OFFICIAL, DemoAccounts.PASSWORD);
        WebElement form = forms.openAndClaim(review.getId(), review.getName());
        assertThat(form.getText()).as("the form says whose review it is and how far it may scale up")
                .contains("Thành phố Đông Hà").contains("3–5 xã");
        forms.tick(form, "Kết luận về nhân rộng", "Nhân rộng thêm xã");
        List<String> offered = forms.choices(form, "Các xã được chọn");
        assertThat(offered).as("Đông Hà's communes by name, without the two pilot wards")
                .containsAll(CHOSEN).doesNotContain("Phường Đông Giang", "Phường 1")
                .noneMatch(label -> label.matches("\\d+"));
        CHOSEN.forEach(name -> forms.tick(form, "Các xã được chọn", name));
        forms.type(TasklistForms.field(form, "Kết quả sơ kết, đánh giá"), "textarea",
                "Hai phường thí điểm hoạt động tốt; nhân rộng ba phường.");
        forms.screenshot("district-review-form.png");
        forms.complete();
        forms.await("the review to be completed in the engine",
                d -> tasks.createTaskQuery().taskId(review.getId()).count() == 0 ? true : null);

        long campaign = ((Number) runtime.getVariable(instance, "campaignId")).longValue();
        assertThat(jdbc.queryForList("select u.code from drive.pilot_selection s join drive.admin_unit u"
                + " on u.id = s.commune_id where s.campaign_id = ? and s.wave = 1 order by u.code", String.class,
                campaign)).as("the three communes ticked, recorded for the wave").isEqualTo(CHOSEN_CODES);
        assertThat(jdbc.queryForMap("select decision, decided_by from drive.district_review where campaign_id = ?",
                campaign)).containsEntry("decision", "SCALE_UP").containsEntry("decided_by", OFFICIAL);
    }

    /** Plan 115's pilot review, as the lifecycle opens it on 6 August 2022; Đông Hà's own task. */
    private Task dongHasPilotReview() {
        ProcessDays.at(2022, 6, 20);
        Campaign saved = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("quang-tri-115")
                .orElseThrow(), "quang-tri-115-browser-" + run));
        for (String code : PILOT) {
            establishments.start(saved.getId(), units.findValidOn(AdminLevel.COMMUNE, code, LocalDate.of(2022, 6, 1))
                    .orElseThrow().getId(), 0, LocalDate.of(2022, 7, 31), new Range(2, 2));
        }
        ProcessDays.at(2022, 8, 6);
        instance = runtime.startProcessInstanceByKey(PhaseReviewProcess.KEY, saved.getBusinessKey(),
                java.util.Map.of("campaignId", saved.getId(), "phaseCode", "PILOT")).getId();
        days.runDueJobs(instance);
        days.runDueJobs(instance);
        return tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW).list().stream()
                .filter(t -> "Thành phố Đông Hà".equals(runtime.getVariable(t.getExecutionId(), "districtName")))
                .findFirst().orElseThrow();
    }
}
