package vn.cdtt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.plan.PlanRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.review.PhaseRollUp;
import vn.cdtt.support.ProductTest;

/**
 * The dashboard's roll-up against figures worked out by hand: two communes of Vị Thanh city (Hậu Giang) with teams
 * and Q3 reports, households set so the weighted averages are easy to check; and who may see what.
 */
@ProductTest
class DashboardRollUpTest {

    @Autowired
    DriveDashboard dashboard;
    @Autowired
    PhaseRollUp rollUp;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    JdbcTemplate jdbc;

    private long campaign;
    private long province;
    private long viThanh;
    private long phuongI;
    private long phuongIII;

    @BeforeEach
    void twoCommunesWithTeamsAndReports() {
        campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022")
                .orElseThrow(), "dashboard-" + System.nanoTime())).getId();
        province = unit(AdminLevel.PROVINCE, "93");
        viThanh = unit(AdminLevel.DISTRICT, "930");
        phuongI = unit(AdminLevel.COMMUNE, "31318");
        phuongIII = unit(AdminLevel.COMMUNE, "31321");
        // Phường I: 3 villages of 100 households; Phường III: 3 of 200.
        jdbc.update("update drive.village set households = 100 where commune_id = ?", phuongI);
        jdbc.update("update drive.village set households = 200 where commune_id = ?", phuongIII);
        for (long commune : List.of(phuongI, phuongIII)) {
            jdbc.update("insert into drive.team_establishment (campaign_id, commune_id, wave, deadline,"
                    + " process_instance_id) values (?, ?, 0, ?, 'test')", campaign, commune,
                    java.sql.Date.valueOf(LocalDate.of(2022, 6, 30)));
        }
        long first = team(phuongI, 0, 3);
        team(phuongI, 1, 3);
        team(phuongIII, 0, 4);
        long session = jdbc.queryForObject("insert into drive.training_session (campaign_id, wave, session_date,"
                + " mode, platform, topics, process_instance_id) values (?, 0, ?, 'ONLINE', 'Zoom', 'Kỹ năng số', 'test')"
                + " returning id",
                Long.class, campaign, java.sql.Date.valueOf(LocalDate.of(2022, 7, 5)));
        jdbc.update("insert into drive.team_training (team_id, session_id, trained_at) values (?, ?, now())", first,
                session);
        // Q3 targets: dossiers 30 %, skills 70 %, app 50 %.
        report(phuongI, Map.of("ONLINE_DOSSIERS", 40, "DIGITAL_SKILL_HOUSEHOLDS", 80, "PROVINCIAL_APP_HOUSEHOLDS", 60));
        report(phuongIII, Map.of("ONLINE_DOSSIERS", 20, "DIGITAL_SKILL_HOUSEHOLDS", 60,
                "PROVINCIAL_APP_HOUSEHOLDS", 40));
        rollUp.rollUp(campaign, "Q3-2022");
    }

    @Test
    void theProvinceSeesEachDistrictWithTeamsVillagesAndTheWeightedResults() {
        DriveDashboard.View view = dashboard.view(new DriveDashboard.Viewer("hg-lanhdao", false), campaign, null)
                .orElseThrow();
        assertThat(view.unit().getId()).isEqualTo(province);
        assertThat(view.children()).hasSize(8);
        UnitFigures district = view.children().stream().filter(c -> c.unitId() == viThanh).findFirst().orElseThrow();
        long villagesOfViThanh = jdbc.queryForObject("select count(*) from drive.village g join drive.admin_unit c"
                + " on c.id = g.commune_id where c.parent_id = ?", Long.class, viThanh);
        assertThat(district.communes()).isEqualTo(9);
        assertThat(district.assigned()).isEqualTo(2);
        assertThat(district.villages()).isEqualTo(villagesOfViThanh);
        assertThat(district.coveredVillages()).isEqualTo(3);
        assertThat(district.villageTeams()).isEqualTo(3);
        assertThat(district.members()).isEqualTo(10);
        assertThat(district.trainedTeams()).isEqualTo(1);
        // (40 × 300 + 20 × 600) / 900 = 26.67; (80 × 300 + 60 × 600) / 900 = 66.67; (60 × 300 + 40 × 600) / 900 = 46.67
        assertThat(district.values()).containsEntry("ONLINE_DOSSIERS", new BigDecimal("26.67"))
                .containsEntry("DIGITAL_SKILL_HOUSEHOLDS", new BigDecimal("66.67"))
                .containsEntry("PROVINCIAL_APP_HOUSEHOLDS", new BigDecimal("46.67"));
        // Weakest: 26.67 / 30 = 88.9 % of its target → nearly met.
        assertThat(district.rating()).isEqualTo("NEARLY_MET");
        assertThat(district.lowestAttainment()).isEqualByComparingTo("88.90");

        assertThat(view.total().assigned()).isEqualTo(2);
        assertThat(view.total().coveredVillages()).isEqualTo(3);
        assertThat(view.total().communes()).isEqualTo(75);
        assertThat(view.total().values()).containsEntry("ONLINE_DOSSIERS", new BigDecimal("26.67"));
        assertThat(view.leaderboard().get(0).unitId()).as("the only rated district leads").isEqualTo(viThanh);
    }

    @Test
    void aDistrictDrillsDownToItsCommunesAndACommuneToItsVillages() {
        DriveDashboard.Viewer leader = new DriveDashboard.Viewer("hg-lanhdao", false);
        DriveDashboard.View district = dashboard.view(leader, campaign, viThanh).orElseThrow();
        assertThat(district.children()).hasSize(9);
        UnitFigures one = district.children().stream().filter(c -> c.unitId() == phuongI).findFirst().orElseThrow();
        assertThat(one.coveredVillages()).isEqualTo(2);
        assertThat(one.coveragePercent()).isEqualByComparingTo("66.7");
        assertThat(one.values()).containsEntry("ONLINE_DOSSIERS", new BigDecimal("40.00"));
        // 40/30, 80/70, 60/50: the weakest is 114 % of its target, over 110 % → excellent.
        assertThat(one.rating()).isEqualTo("EXCELLENT");

        DriveDashboard.View commune = dashboard.view(leader, campaign, phuongI).orElseThrow();
        assertThat(commune.villages()).hasSize(3);
        assertThat(commune.villages()).filteredOn(v -> v.team() != null).hasSize(2);
        assertThat(commune.total().members()).isEqualTo(6);
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        DriveDashboard.Viewer commune = new DriveDashboard.Viewer("hg-xa-31318", false);
        assertThat(dashboard.view(commune, campaign, null).orElseThrow().unit().getId()).isEqualTo(phuongI);
        assertThat(dashboard.view(commune, campaign, province)).isEmpty();
        assertThat(dashboard.view(commune, campaign, viThanh)).isEmpty();
        assertThat(dashboard.view(commune, campaign, phuongIII)).isEmpty();
        assertThat(dashboard.view(commune, campaign, null).orElseThrow().breadcrumb())
                .extracting(u -> u.getId()).containsExactly(phuongI);

        DriveDashboard.Viewer district = new DriveDashboard.Viewer("hg-huyen-930", false);
        assertThat(dashboard.view(district, campaign, null).orElseThrow().unit().getId()).isEqualTo(viThanh);
        assertThat(dashboard.view(district, campaign, province)).isEmpty();
        assertThat(dashboard.drives(commune)).extracting(DriveDashboard.DriveRow::id).contains(campaign);
        assertThat(dashboard.drives(new DriveDashboard.Viewer("qt-nobody", false))).isEmpty();
    }

    private long unit(AdminLevel level, String code) {
        return units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, level, code).orElseThrow().getId();
    }

    /** A village team of the commune's n-th village with the given number of members. */
    private long team(long commune, int village, int members) {
        long villageId = jdbc.queryForList("select id from drive.village where commune_id = ? order by code",
                Long.class, commune).get(village);
        long team = jdbc.queryForObject("insert into drive.team (campaign_id, commune_id, village_id, wave, name,"
                + " founded_on) values (?, ?, ?, 0, ?, ?) returning id", Long.class, campaign, commune, villageId,
                "Tổ " + villageId, java.sql.Date.valueOf(LocalDate.of(2022, 6, 20)));
        for (int i = 0; i < members; i++) {
            jdbc.update("insert into drive.team_member (team_id, position, full_name) values (?, ?, ?)", team, i,
                    "Thành viên " + i);
        }
        return team;
    }

    private void report(long commune, Map<String, Integer> values) {
        long phase = jdbc.queryForObject("select p.id from drive.plan_phase p join drive.campaign c on c.plan_id ="
                + " p.plan_id where c.id = ? and p.code = 'Q3-2022'", Long.class, campaign);
        long report = jdbc.queryForObject("insert into drive.phase_report (campaign_id, phase_id, unit_id,"
                + " process_instance_id, status) values (?, ?, ?, 'test', 'VERIFIED') returning id", Long.class,
                campaign, phase, commune);
        values.forEach((code, value) -> jdbc.update("insert into drive.phase_report_value (report_id, indicator_id,"
                + " value) select ?, i.id, ? from drive.plan_indicator i join drive.campaign c on c.plan_id = i.plan_id"
                + " where c.id = ? and i.code = ?", report, value, campaign, code));
    }
}
