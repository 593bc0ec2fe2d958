package vn.cdtt.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.support.ProductTest;

@ProductTest
@Transactional
class AdministrativeHierarchyTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);

    @Autowired
    AdminUnitRepository units;

    @Test
    void threeTierHierarchyOf2022HasItsRealCounts() {
        assertThat(units.countValidOn(AdminLevel.PROVINCE, IN_2022)).isEqualTo(63);
        assertThat(units.countValidOn(AdminLevel.DISTRICT, IN_2022)).isEqualTo(705);
        assertThat(units.countValidOn(AdminLevel.COMMUNE, IN_2022)).isEqualTo(10_599);
    }

    @Test
    void twoTierHierarchyOf2025HasItsRealCountsAndNoDistricts() {
        assertThat(units.countValidOn(AdminLevel.PROVINCE, IN_2026)).isEqualTo(34);
        assertThat(units.countValidOn(AdminLevel.DISTRICT, IN_2026)).isZero();
        assertThat(units.countValidOn(AdminLevel.COMMUNE, IN_2026)).isEqualTo(3_321);
    }

    @Test
    void theReformDayIsTheBoundary() {
        assertThat(units.countValidOn(AdminLevel.PROVINCE, LocalDate.of(2025, 6, 30))).isEqualTo(63);
        assertThat(units.countValidOn(AdminLevel.PROVINCE, LocalDate.of(2025, 7, 1))).isEqualTo(34);
    }

    @Test
    void aReusedCodeResolvesByDate() {
        AdminUnit before = units.findValidOn(AdminLevel.COMMUNE, "31321", IN_2022).orElseThrow();
        AdminUnit after = units.findValidOn(AdminLevel.COMMUNE, "31321", IN_2026).orElseThrow();

        assertThat(before.getFullName()).isEqualTo("Phường III");
        assertThat(before.getHierarchy()).isEqualTo(Hierarchy.VN2022);
        assertThat(before.getParent().getFullName()).isEqualTo("Thành phố Vị Thanh");
        assertThat(before.getParent().getParent().getName()).isEqualTo("Hậu Giang");

        assertThat(after.getFullName()).isEqualTo("Phường Vị Thanh");
        assertThat(after.getHierarchy()).isEqualTo(Hierarchy.VN2025);
        assertThat(after.getParent().getName()).isEqualTo("Cần Thơ");
        assertThat(after.getId()).isNotEqualTo(before.getId());
    }

    @Test
    void hauGiangHadEightDistrictsAndSeventyFiveCommunes() {
        AdminUnit hauGiang = units.findValidOn(AdminLevel.PROVINCE, "93", IN_2022).orElseThrow();
        var districts = units.findChildren(hauGiang);
        assertThat(districts).hasSize(8);
        assertThat(districts.stream().mapToInt(d -> units.findChildren(d).size()).sum()).isEqualTo(75);
        assertThat(units.findValidOn(AdminLevel.PROVINCE, "93", IN_2026)).isEmpty();
    }
}
