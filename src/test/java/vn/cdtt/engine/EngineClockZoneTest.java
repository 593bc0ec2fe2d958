package vn.cdtt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.dashboard.CampaignDashboard;
import vn.cdtt.deadline.DeadlineVariables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.ProductTest;

/**
 * The product keeps Vietnam's calendar on a host that runs in UTC (surefire starts this JVM with
 * {@code -Duser.timezone=UTC}): in the first seven hours of a Vietnamese day, UTC still reads yesterday.
 */
@ProductTest
class EngineClockZoneTest {

    /** 00:30 on 1 June 2022 in Vietnam; still 31 May in UTC. */
    private static final Instant JUST_AFTER_MIDNIGHT_IN_VIETNAM = Instant.parse("2022-05-31T17:30:00Z");

    @Autowired
    Environment environment;
    @Autowired
    CampaignDashboard dashboard;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;

    @AfterEach
    void wallClock() {
        EngineClock.reset();
    }

    @Test
    void theHostRunsInUtcAndTheProductInVietnam() {
        assertThat(TimeZone.getDefault().toZoneId().normalized()).as("surefire's -Duser.timezone=UTC")
                .isEqualTo(ZoneOffset.UTC);
        assertThat(EngineClock.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void todayAndDueDatesFollowTheVietnameseCalendar() {
        EngineClock.moveTo(JUST_AFTER_MIDNIGHT_IN_VIETNAM);
        assertThat(EngineClock.today()).isEqualTo(LocalDate.of(2022, 6, 1));

        Date deadline = (Date) DeadlineVariables.of(null, LocalDate.of(2022, 6, 15)).get("deadline");
        assertThat(deadline.toInstant()).as("a task due 15 June is overdue from midnight in Vietnam")
                .isEqualTo(Instant.parse("2022-06-14T17:00:00Z"));
        assertThat(EngineClock.dayOf(deadline)).isEqualTo(LocalDate.of(2022, 6, 15));
    }

    @Test
    void theDashboardReadsTheEngineClockInTheProvinceZone() {
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "clock-" + System.nanoTime())).getId();
        CampaignDashboard.Viewer leader = new CampaignDashboard.Viewer("hg-lanhdao", false);

        EngineClock.moveTo(JUST_AFTER_MIDNIGHT_IN_VIETNAM);
        assertThat(currentPhases(leader, campaign)).as("1 June opens Hậu Giang's phase to July").contains("T7-2022");

        EngineClock.moveTo(JUST_AFTER_MIDNIGHT_IN_VIETNAM.minusSeconds(3600));
        assertThat(currentPhases(leader, campaign)).as("23:30 on 31 May in Vietnam").doesNotContain("T7-2022");
    }

    @Test
    void theMorningDigestGoesOutAtSevenInVietnam() throws Exception {
        Method digests = Class.forName("vn.cdtt.notification.NoticeScheduler").getDeclaredMethod("digests");
        Scheduled scheduled = digests.getAnnotation(Scheduled.class);
        CronTrigger trigger = new CronTrigger(environment.resolveRequiredPlaceholders(scheduled.cron()),
                java.time.ZoneId.of(environment.resolveRequiredPlaceholders(scheduled.zone())));

        Instant next = trigger.nextExecution(new SimpleTriggerContext(
                Clock.fixed(Instant.parse("2022-06-14T12:00:00Z"), ZoneOffset.UTC)));
        assertThat(next).as("07:00 in Vietnam, not 14:00").isEqualTo(Instant.parse("2022-06-15T00:00:00Z"));
    }

    private java.util.List<String> currentPhases(CampaignDashboard.Viewer viewer, long campaign) {
        return dashboard.view(viewer, campaign, null).orElseThrow().phases().stream()
                .filter(CampaignDashboard.PhaseRow::current).map(CampaignDashboard.PhaseRow::code).toList();
    }
}
