package vn.cdtt.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.review.PhaseRollUp;

/**
 * A small Hậu Giang drive whose figures are easy to work out by hand: Phường I (300 households) has two village teams
 * of 3 members, one trained; Phường III (600 households) one team of 4; both reported Q3 (Phường I 40/80/60,
 * Phường III 20/60/40 against targets 30/70/50) and the phase is rolled up.
 */
final class DashboardFixture {

    private final JdbcTemplate jdbc;
    private final AdminUnitRepository units;
    private final long campaign;

    DashboardFixture(JdbcTemplate jdbc, CampaignRepository campaigns, PlanRepository plans, AdminUnitRepository units,
                     PhaseRollUp rollUp) {
        this.jdbc = jdbc;
        this.units = units;
        campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "dashboard-" + System.nanoTime())).getId();
        long phuongI = unit(AdminLevel.COMMUNE, "31318");
        long phuongIII = unit(AdminLevel.COMMUNE, "31321");
        // Other tests add villages to these communes: the weights are set per commune, whatever the village count.
        households(phuongI, 300);
        households(phuongIII, 600);
        for (long commune : List.of(phuongI, phuongIII)) {
            jdbc.update("insert into drive.team_establishment (campaign_id, commune_id, wave, deadline,"
                    + " process_instance_id) values (?, ?, 0, ?, 'test')", campaign, commune,
                    Date.valueOf(LocalDate.of(2022, 6, 30)));
        }
        long first = team(phuongI, 0, 3);
        team(phuongI, 1, 3);
        team(phuongIII, 0, 4);
        long session = jdbc.queryForObject("insert into drive.training_session (campaign_id, wave, session_date,"
                + " mode, platform, topics, process_instance_id) values (?, 0, ?, 'ONLINE', 'Zoom', 'Kỹ năng số',"
                + " 'test') returning id", Long.class, campaign, Date.valueOf(LocalDate.of(2022, 7, 5)));
        jdbc.update("insert into drive.team_training (team_id, session_id, trained_at) values (?, ?, now())", first,
                session);
        report(phuongI, Map.of("ONLINE_DOSSIERS", 40, "DIGITAL_SKILL_HOUSEHOLDS", 80, "PROVINCIAL_APP_HOUSEHOLDS", 60));
        report(phuongIII, Map.of("ONLINE_DOSSIERS", 20, "DIGITAL_SKILL_HOUSEHOLDS", 60,
                "PROVINCIAL_APP_HOUSEHOLDS", 40));
        rollUp.rollUp(campaign, "Q3-2022");
    }

    /** All the commune's households in its first village, so the commune weighs exactly that much. */
    private void households(long commune, int total) {
        jdbc.update("update drive.village set households = 0 where commune_id = ?", commune);
        jdbc.update("update drive.village set households = ? where id = (select min(id) from drive.village"
                + " where commune_id = ?)", total, commune);
    }

    long villagesOf(long commune) {
        return jdbc.queryForObject("select count(*) from drive.village where commune_id = ?", Long.class, commune);
    }

    long campaign() {
        return campaign;
    }

    long unit(AdminLevel level, String code) {
        return units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, level, code).orElseThrow().getId();
    }

    /** A village team of the commune's n-th village with the given number of members. */
    private long team(long commune, int village, int members) {
        long villageId = jdbc.queryForList("select id from drive.village where commune_id = ? order by code",
                Long.class, commune).get(village);
        long team = jdbc.queryForObject("insert into drive.team (campaign_id, commune_id, village_id, wave, name,"
                + " founded_on) values (?, ?, ?, 0, ?, ?) returning id", Long.class, campaign, commune, villageId,
                "Tổ " + villageId, Date.valueOf(LocalDate.of(2022, 6, 20)));
        for (int i = 0; i < members; i++) {
            jdbc.update("insert into drive.team_member (team_id, position, full_name) values (?, ?, ?)", team, i,
                    "Thành viên " + i);
        }
        return team;
    }

    /**
     * The documents a plan with a compiler and sector reports leaves behind (as Cần Thơ 1170's do): the Q3 report
     * compiled from both communes' reports, one department's sector report, and a request one of two units answered.
     */
    void documents() {
        long phase = q3();
        jdbc.update("insert into drive.phase_compilation (campaign_id, phase_id, document_reference, summary,"
                + " reports_verified, reports_expected, compiled_by) values (?, ?, 'Báo cáo 85/BC-STTTT',"
                + " 'Hai xã đã báo cáo; các tổ hoạt động đều.', 2, 2, 'hg-stttt')", campaign, phase);
        jdbc.update("insert into drive.sector_report (campaign_id, phase_id, agency_code, agency_name,"
                + " document_reference, summary) values (?, ?, 'HG-SYT', 'Sở Y tế tỉnh Hậu Giang',"
                + " 'Báo cáo 12/BC-SYT', 'Khám chữa bệnh từ xa')", campaign, phase);
        long request = jdbc.queryForObject("insert into drive.report_request (campaign_id, subject, due_on)"
                + " values (?, 'Kết quả cài đặt VNeID', ?) returning id", Long.class, campaign,
                Date.valueOf(LocalDate.of(2022, 8, 15)));
        jdbc.update("insert into drive.report_request_unit (request_id, unit_key, unit_name, group_id,"
                + " document_reference, submitted_at) values (?, '930', 'Thành phố Vị Thanh', 'unit-vn2022-930',"
                + " 'Báo cáo 7/BC-UBND', now()), (?, '931', 'Thành phố Ngã Bảy', 'unit-vn2022-931', null, null)",
                request, request);
    }

    private long q3() {
        return jdbc.queryForObject("select p.id from drive.plan_phase p join drive.campaign c on c.plan_id ="
                + " p.plan_id where c.id = ? and p.code = 'Q3-2022'", Long.class, campaign);
    }

    private void report(long commune, Map<String, Integer> values) {
        long phase = q3();
        long report = jdbc.queryForObject("insert into drive.phase_report (campaign_id, phase_id, unit_id,"
                + " process_instance_id, status) values (?, ?, ?, 'test', 'VERIFIED') returning id", Long.class,
                campaign, phase, commune);
        values.forEach((code, value) -> jdbc.update("insert into drive.phase_report_value (report_id, indicator_id,"
                + " value) select ?, i.id, ? from drive.plan_indicator i join drive.campaign c on c.plan_id = i.plan_id"
                + " where c.id = ? and i.code = ?", report, value, campaign, code));
    }
}
