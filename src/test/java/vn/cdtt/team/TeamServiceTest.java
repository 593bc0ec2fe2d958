package vn.cdtt.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.Nomination.MemberNomination;
import vn.cdtt.team.Nomination.TeamNomination;

/** A commune's nomination against its plan's rules: Quảng Trị (commune 5, villages 5–8, Zalo) and Cần Thơ. */
@ProductTest
class TeamServiceTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 20);
    /** Quảng Trị's pilot: two villages per pilot commune. */
    private static final Range TWO_VILLAGES = new Range(2, 2);

    @Autowired
    TeamService teams;
    @Autowired
    TeamRepository teamRepository;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageImportService villageImport;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    private long quangTri;
    private long canTho;
    private long dongGiang;
    private long caiKhe;

    @BeforeEach
    void campaignsAndVillages() {
        quangTri = campaign("quang-tri-115");
        canTho = campaign("can-tho-1170");
        dongGiang = commune("19330");
        caiKhe = commune("31117");
        villageImport.importCsv(("code,name,commune_code,households\n"
                + run + "-1,Khu phố 1,19330,300\n" + run + "-2,Khu phố 2,19330,280\n" + run + "-3,Khu phố 3,19330,250\n"
                + run + "-9,Khu vực 9,31117,400\n").getBytes(StandardCharsets.UTF_8), IN_2022, UnitScope.EVERYWHERE);
    }

    @Test
    void quangTrisPilotCommuneFoundsOneCommuneTeamAndTwoVillageTeams() {
        List<Long> founded = teams.found(quangTri, dongGiang, 0, quangTriNomination(), TWO_VILLAGES, IN_2022,
                "15/QĐ-UBND");
        assertThat(founded).hasSize(3);
        assertThat(teamRepository.findAllById(founded)).extracting(Team::getWave, Team::getDecisionNumber)
                .containsOnly(tuple(0, "15/QĐ-UBND"));
    }

    @Test
    void quangTrisTeamSizesAreEnforced() {
        Nomination nomination = quangTriNomination();
        List<TeamNomination> changed = new ArrayList<>(nomination.teams());
        changed.set(0, team("", 4, true));   // commune team: exactly 5
        changed.set(1, team(run + "-1", 9, true));  // village team: 5–8
        assertRefused(quangTri, dongGiang, new Nomination(changed), TWO_VILLAGES,
                tuple("teams[0].members", "team.tooFewMembers"), tuple("teams[1].members", "team.tooManyMembers"));
    }

    @Test
    void quangTriAsksForTheZaloLinkAndTheRightNumberOfVillages() {
        List<TeamNomination> changed = new ArrayList<>(quangTriNomination().teams());
        changed.set(2, new TeamNomination(run + "-2", "Tổ Khu phố 2", "", members(5)));
        changed.remove(1);
        assertRefused(quangTri, dongGiang, new Nomination(changed), TWO_VILLAGES,
                tuple("teams[1].zaloLink", "team.zaloRequired"), tuple("teams", "team.villageTeamCount"));
    }

    @Test
    void canThoNeedsTheHamletHeadAndTwoMore() {
        assertRefused(canTho, caiKhe, new Nomination(List.of(team(run + "-9", 3, false))), null,
                tuple("teams[0].members", "team.villageHeadMissing"));
        assertRefused(canTho, caiKhe, new Nomination(List.of(team(run + "-9", 2, true))), null,
                tuple("teams[0].members", "team.tooFewMembers"));
        assertThat(teams.found(canTho, caiKhe, 0, new Nomination(List.of(team(run + "-9", 3, true))), null,
                LocalDate.of(2022, 4, 25), "07/QĐ-UBND")).hasSize(1);
    }

    @Test
    void aVillageGetsOneTeamPerDriveAndOtherCommunesVillagesAreRefused() {
        teams.found(quangTri, dongGiang, 0, quangTriNomination(), TWO_VILLAGES, IN_2022, "15/QĐ-UBND");
        assertRefused(quangTri, dongGiang, new Nomination(List.of(team(run + "-1", 5, true),
                team(run + "-9", 5, true))), null,
                tuple("teams[0].villageCode", "team.villageHasTeam"), tuple("teams[1].villageCode",
                "team.unknownVillage"));
    }

    @Test
    void aScaleUpWaveAddsVillageTeamsToACommuneThatHasItsCommuneTeam() {
        teams.found(quangTri, dongGiang, 0, quangTriNomination(), TWO_VILLAGES, IN_2022, "15/QĐ-UBND");
        Range fiveToTen = new Range(1, 10);
        assertRefused(quangTri, dongGiang, new Nomination(List.of(team("", 5, false), team(run + "-3", 6, false))),
                fiveToTen, tuple("teams[0].villageCode", "team.communeHasTeam"));
        assertThat(teams.found(quangTri, dongGiang, 1, new Nomination(List.of(team(run + "-3", 6, false))),
                fiveToTen, LocalDate.of(2022, 9, 1), "40/QĐ-UBND")).hasSize(1);
    }

    @Test
    void oneTeamHeadAndValidPhonesAreRequired() {
        List<MemberNomination> members = new ArrayList<>(members(5));
        members.set(0, new MemberNomination("Hồ Văn Lực", "12345", false, true, false));
        assertRefused(canTho, caiKhe, new Nomination(List.of(new TeamNomination(run + "-9", "Tổ Khu vực 9", null,
                members))), null,
                tuple("teams[0].members", "team.oneHead"), tuple("teams[0].members[0].phone", "team.badPhone"));
    }

    private void assertRefused(long campaign, long commune, Nomination nomination, Range expected,
                               org.assertj.core.groups.Tuple... problems) {
        long before = teamRepository.count();
        assertThatThrownBy(() -> teams.found(campaign, commune, 0, nomination, expected, IN_2022, "1/QĐ"))
                .isInstanceOfSatisfying(NominationRefusedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::messageKey).containsExactlyInAnyOrder(problems));
        assertThat(teamRepository.count()).as("nothing saved").isEqualTo(before);
        assertThat(teams.check(campaign, commune, nomination, expected)).hasSize(problems.length);
    }

    private Nomination quangTriNomination() {
        return new Nomination(List.of(team("", 5, false), team(run + "-1", 5, false), team(run + "-2", 8, false)));
    }

    private TeamNomination team(String village, int size, boolean villageHead) {
        List<MemberNomination> members = new ArrayList<>(members(size));
        if (villageHead && size > 0) {
            members.set(size - 1, new MemberNomination("Trưởng thôn " + village, "0912345678", false, true, false));
        }
        return new TeamNomination(village, village.isEmpty() ? "Tổ công nghệ số phường" : "Tổ thôn " + village,
                "https://zalo.me/g/" + run.toLowerCase() + village.length(), members);
    }

    private static List<MemberNomination> members(int count) {
        return IntStream.range(0, count).mapToObj(i -> new MemberNomination("Thành viên " + (i + 1),
                "09" + String.format("%08d", i), i == 0, false, i % 2 == 0)).toList();
    }

    private long campaign(String plan) {
        return campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(plan).orElseThrow(),
                plan + "-" + run)).getId();
    }

    private long commune(String code) {
        AdminUnit unit = units.findValidOn(AdminLevel.COMMUNE, code, IN_2022).orElseThrow();
        return unit.getId();
    }
}
