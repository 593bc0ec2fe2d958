package vn.cdtt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
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
 * The dashboard's roll-up against figures worked out by hand: two communes of Vị Thanh city (Hậu Giang) with teams
 * and Q3 reports, households set so the weighted averages are easy to check; and who may see what.
 */
@ProductTest
class DashboardRollUpTest {

    @Autowired
    CampaignDashboard dashboard;
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

    private DashboardFixture fixture;

    @BeforeEach
    void twoCommunesWithTeamsAndReports() {
        fixture = new DashboardFixture(jdbc, campaigns, plans, units, rollUp);
        campaign = fixture.campaign();
        province = fixture.unit(AdminLevel.PROVINCE, "93");
        viThanh = fixture.unit(AdminLevel.DISTRICT, "930");
        phuongI = fixture.unit(AdminLevel.COMMUNE, "31318");
        phuongIII = fixture.unit(AdminLevel.COMMUNE, "31321");
    }

    @Test
    void theProvinceSeesEachDistrictWithTeamsVillagesAndTheWeightedResults() {
        CampaignDashboard.View view = dashboard.view(new CampaignDashboard.Viewer("hg-lanhdao", false), campaign, null)
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
        CampaignDashboard.Viewer leader = new CampaignDashboard.Viewer("hg-lanhdao", false);
        CampaignDashboard.View district = dashboard.view(leader, campaign, viThanh).orElseThrow();
        assertThat(district.children()).hasSize(9);
        UnitFigures one = district.children().stream().filter(c -> c.unitId() == phuongI).findFirst().orElseThrow();
        assertThat(one.coveredVillages()).isEqualTo(2);
        assertThat(one.coveragePercent()).isEqualByComparingTo(java.math.BigDecimal.valueOf(200)
                .divide(java.math.BigDecimal.valueOf(fixture.villagesOf(phuongI)), 1, java.math.RoundingMode.HALF_UP));
        assertThat(one.values()).containsEntry("ONLINE_DOSSIERS", new BigDecimal("40.00"));
        // 40/30, 80/70, 60/50: the weakest is 114 % of its target, over 110 % → excellent.
        assertThat(one.rating()).isEqualTo("EXCELLENT");

        CampaignDashboard.View commune = dashboard.view(leader, campaign, phuongI).orElseThrow();
        assertThat(commune.villages()).hasSize((int) fixture.villagesOf(phuongI));
        assertThat(commune.villages()).filteredOn(v -> v.team() != null).hasSize(2);
        assertThat(commune.total().members()).isEqualTo(6);
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        CampaignDashboard.Viewer commune = new CampaignDashboard.Viewer("hg-xa-31318", false);
        assertThat(dashboard.view(commune, campaign, null).orElseThrow().unit().getId()).isEqualTo(phuongI);
        assertThat(dashboard.view(commune, campaign, province)).isEmpty();
        assertThat(dashboard.view(commune, campaign, viThanh)).isEmpty();
        assertThat(dashboard.view(commune, campaign, phuongIII)).isEmpty();
        assertThat(dashboard.view(commune, campaign, null).orElseThrow().breadcrumb())
                .extracting(u -> u.getId()).containsExactly(phuongI);

        CampaignDashboard.Viewer district = new CampaignDashboard.Viewer("hg-huyen-930", false);
        assertThat(dashboard.view(district, campaign, null).orElseThrow().unit().getId()).isEqualTo(viThanh);
        assertThat(dashboard.view(district, campaign, province)).isEmpty();
        assertThat(dashboard.drives(commune)).extracting(CampaignDashboard.DriveRow::id).contains(campaign);
        assertThat(dashboard.drives(new CampaignDashboard.Viewer("qt-nobody", false))).isEmpty();
    }
}
