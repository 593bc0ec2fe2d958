package vn.cdtt.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.review.PhaseRollUp;
import vn.cdtt.support.ProductTest;

/**
 * Prints, never asserts, how long the dashboard's roll-up takes: one province (Hậu Giang's 75 communes and 225 demo
 * villages), and every province of the 2025 hierarchy one after the other (all its communes). Run with
 * {@code ./mvnw -Pbench test -Dtest=DashboardBenchmarkTest}.
 */
@ProductTest
@Tag("benchmark")
class DashboardBenchmarkTest {

    @Autowired
    RollUpQueries queries;
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

    @Test
    void rollUpOfOneProvinceAndOfEveryCommuneOf2025() {
        DashboardFixture fixture = new DashboardFixture(jdbc, campaigns, plans, units, rollUp);
        long campaign = fixture.campaign();
        long province = fixture.unit(AdminLevel.PROVINCE, "93");
        Long phase = queries.latestRolledUpPhase(campaign);
        List<Long> provinces2025 = jdbc.queryForList("select id from drive.admin_unit where hierarchy = 'VN2025'"
                + " and level = 'PROVINCE'", Long.class);
        long communes2025 = jdbc.queryForObject("select count(*) from drive.admin_unit where hierarchy = 'VN2025'"
                + " and level = 'COMMUNE'", Long.class);
        for (int i = 0; i < 5; i++) {
            queries.children(campaign, province, phase); // warm-up
        }
        List<Double> one = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long started = System.nanoTime();
            queries.children(campaign, province, phase);
            one.add((System.nanoTime() - started) / 1e6);
        }
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            for (long p : provinces2025) {
                queries.children(campaign, p, phase);
            }
            all.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf("BENCH dashboard roll-up, one province (Hậu Giang, 75 communes): p50 %.1f ms, p95 %.1f ms%n",
                percentile(one, 50), percentile(one, 95));
        System.out.printf("BENCH dashboard roll-up, %d provinces of 2025 (%d communes): p50 %.1f ms, p95 %.1f ms%n",
                provinces2025.size(), communes2025, percentile(all, 50), percentile(all, 95));
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
