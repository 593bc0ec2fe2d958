package vn.cdtt.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.support.ProductTest;

/** The service: every bad file names its line and field and leaves the villages exactly as they were. */
@ProductTest
class VillageImportTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);
    private static final String HEADER = "code,name,commune_code,households\n";
    /** Codes unique to this run, so the suite can run again on the same database. */
    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    @Autowired
    VillageImportService importer;
    @Autowired
    VillageRepository villages;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsNewVillagesAndUpdatesKnownOnes() {
        long before = villages.count();
        VillageImportResult first = importer.importCsv(utf8(HEADER
                + run + "-H1,Ấp Thạnh Lợi,31318,320\n"
                + run + "-H2,\"Khu vực 2, phường III\",31321,410\n"), IN_2022, UnitScope.EVERYWHERE);
        assertThat(first).isEqualTo(new VillageImportResult(2, 0));
        assertThat(villages.count()).isEqualTo(before + 2);

        VillageImportResult again = importer.importCsv(utf8(HEADER + run + "-H1,Ấp Thạnh Lợi A,31318,333\n"),
                IN_2022, UnitScope.EVERYWHERE);
        assertThat(again).isEqualTo(new VillageImportResult(0, 1));
        Village updated = single(run + "-H1");
        assertThat(updated.getName()).isEqualTo("Ấp Thạnh Lợi A");
        assertThat(updated.getHouseholds()).isEqualTo(333);
        assertThat(updated.isSynthetic()).isFalse();
    }

    @Test
    void acceptsAByteOrderMarkAndColumnsInAnyOrder() {
        VillageImportResult result = importer.importCsv(utf8("\uFEFFhouseholds,commune_code,name,code\n"
                + "50,31318,Ấp Mới," + run + "-B1\n"), IN_2022, UnitScope.EVERYWHERE);
        assertThat(result.created()).isEqualTo(1);
    }

    @Test
    void theSameCodeResolvesToTheCommuneOfTheChosenDate() {
        importer.importCsv(utf8(HEADER + run + "-D1,Khu phố 1,31321,90\n"), LocalDate.of(2026, 1, 1),
                UnitScope.EVERYWHERE);
        Village village = single(run + "-D1");
        assertThat(village.getCommune().getFullName()).isEqualTo("Phường Vị Thanh");
    }

    @Test
    void unknownCommuneIsRefused() {
        assertRefused(HEADER + "OK-1,Ấp A,31318,10\nBAD-1,Ấp B,99999,10\n",
                new FieldProblem(3, "commune_code", "import.village.unknownCommune", List.of("99999", "2022-06-01")));
    }

    @Test
    void aCommuneOfTheOtherHierarchyIsUnknownOnThatDate() {
        // 31318 (Phường I, Vị Thanh) no longer exists after the 2025 reform.
        assertRefused(HEADER + "OLD-1,Ấp A,31318,10\n", LocalDate.of(2026, 1, 1),
                new FieldProblem(2, "commune_code", "import.village.unknownCommune", List.of("31318", "2026-01-01")));
    }

    @Test
    void duplicateCodeInOneCommuneIsRefused() {
        assertRefused(HEADER + "DUP-1,Ấp A,31318,10\nDUP-2,Ấp B,31318,10\nDUP-1,Ấp C,31318,10\n",
                new FieldProblem(4, "code", "import.village.duplicate", List.of("DUP-1", 2)));
    }

    @Test
    void negativeHouseholdsAreRefused() {
        assertRefused(HEADER + "NEG-1,Ấp A,31318,-5\n",
                new FieldProblem(2, "households", "import.village.negative", List.of("-5")));
    }

    @Test
    void householdsMustBeAWholeNumber() {
        assertRefused(HEADER + "NUM-1,Ấp A,31318,nhiều\n",
                new FieldProblem(2, "households", "import.village.notNumber", List.of("nhiều")));
    }

    @Test
    void wrongColumnsAreRefused() {
        assertRefused("ma,ten,xa,so_ho\nX-1,Ấp A,31318,10\n",
                new FieldProblem(1, "header", "import.village.columns",
                        List.of("code,name,commune_code,households", "ma,ten,xa,so_ho")));
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsRefused() {
        assertRefused(HEADER + "COLS-1,Ấp A,31318\n",
                new FieldProblem(2, "line", "import.village.columnCount", List.of(4, 3)));
    }

    @Test
    void missingValuesAreRefused() {
        assertRefused(HEADER + "REQ-1,,31318,10\n",
                new FieldProblem(2, "name", "import.village.required", List.of()));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
        // Saved by an old spreadsheet in a single-byte code page: "ì" is the byte 0xEC, not UTF-8.
        byte[] latin1 = (HEADER + "W-1,Ap A,31318,10\nW-2,Ap Bình,31318,10\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, IN_2022,
                new FieldProblem(3, "file", "import.village.notUtf8", List.of()));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(HEADER, new FieldProblem(1, "file", "import.village.empty", List.of()));
    }

    @Test
    void aCommuneOutsideTheOfficialsScopeIsRefused() {
        AdminUnit phuongI = importerScopeCommune();
        UnitScope onlyPhuongI = UnitScope.within(Set.of(phuongI.getId()));
        assertThatThrownBy(() -> importer.importCsv(utf8(HEADER + "SC-1,Ấp A,31318,10\nSC-2,Ấp B,31321,10\n"),
                IN_2022, onlyPhuongI))
                .isInstanceOfSatisfying(VillageImportException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldProblem(3, "commune_code", "import.village.outsideScope",
                                List.of("31321", "Phường III"))));
    }

    @Test
    void everyErrorOfTheFileIsReportedAndNothingIsWritten() {
        long before = villages.count();
        assertThatThrownBy(() -> importer.importCsv(utf8(HEADER
                + "ALL-1,Ấp A,31318,10\n"
                + "ALL-2,Ấp B,99999,10\n"
                + "ALL-3,Ấp C,31318,-1\n"), IN_2022, UnitScope.EVERYWHERE))
                .isInstanceOfSatisfying(VillageImportException.class,
                        e -> assertThat(e.errors()).extracting(FieldProblem::line).containsExactly(3, 4));
        assertThat(villages.count()).isEqualTo(before);
        assertThat(villages.findByCode("ALL-1")).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesInACellAreRefusedNamingLineAndColumn() {
        assertRefused(HEADER + "C-1,Ấp\u0000A,31318,10\n",
                new FieldProblem(2, "name", "import.village.badCharacter", List.of("U+0000", 3)));
        assertRefused(HEADER + "OK-1,Ấp A,31318,10\nC-2,Ấp \u202Egnol,31318,10\n",
                new FieldProblem(3, "name", "import.village.badCharacter", List.of("U+202E", 4)));
        assertRefused(HEADER + "C-3\u007F,Ấp A,31318,10\n",
                new FieldProblem(2, "code", "import.village.badCharacter", List.of("U+007F", 4)));
        assertRefused(HEADER + "C-4,Ấp A,\u206631318,10\n",
                new FieldProblem(2, "commune_code", "import.village.badCharacter", List.of("U+2066", 1)));
        assertRefused(HEADER + "C-5,Ấp A\u0085,31318,10\n",
                new FieldProblem(2, "name", "import.village.badCharacter", List.of("U+0085", 5)));
        // At either end of a cell too: nothing is trimmed away silently.
        assertRefused(HEADER + "C-6,Ấp A,31318,10\u0000\n",
                new FieldProblem(2, "households", "import.village.badCharacter", List.of("U+0000", 3)));
        assertRefused(HEADER + "C-7,\u001FẤp A,31318,10\n",
                new FieldProblem(2, "name", "import.village.badCharacter", List.of("U+001F", 1)));
        // A village name is one line: a quoted cell may not break it.
        assertRefused(HEADER + "C-8,\"Ấp\nA\",31318,10\n",
                new FieldProblem(2, "name", "import.village.badCharacter", List.of("U+000A", 3)));
        assertRefused(HEADER + "C-9,Ấp\tA,31318,10\n",
                new FieldProblem(2, "name", "import.village.badCharacter", List.of("U+0009", 3)));
    }

    @Test
    void spacesAroundCellsAndHeaderNamesAreStillIgnored() {
        VillageImportResult result = importer.importCsv(utf8("code, name ,commune_code,households\r\n "
                + run + "-S1 , Ấp Giữa ,31318, 12 \r\n"), IN_2022, UnitScope.EVERYWHERE);
        assertThat(result.created()).isEqualTo(1);
        assertThat(single(run + "-S1").getName()).isEqualTo("Ấp Giữa");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsLine() {
        assertRefused(HEADER + "OK-1,Ấp A,31318,10\nQ-1,\"Ấp B,31318,10\nQ-2,Ấp C,31318,10\n",
                new FieldProblem(3, "line", "import.village.unclosedQuote", List.of()));
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingItsLine() {
        assertRefused(HEADER + "OK-1,Ấp A,31318,10\nQ-3,\"Ấp\" B,31318,10\n",
                new FieldProblem(3, "line", "import.village.badQuote", List.of()));
    }

    private Village single(String code) {
        List<Village> found = villages.findByCode(code);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private AdminUnit importerScopeCommune() {
        return units.findValidOn(AdminLevel.COMMUNE, "31318", IN_2022).orElseThrow();
    }

    @Test
    void aFileOfMoreRowsThanTheQuotaIsRefusedAtTheFirstLineTooMany() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= VillageImportService.MAX_ROWS; i++) {
            csv.append("Q-").append(i).append(",Ấp ").append(i).append(",31318,1\n");
        }
        assertRefused(csv.toString(), new FieldProblem(VillageImportService.MAX_ROWS + 2, "file",
                "import.village.tooManyRows", List.of(VillageImportService.MAX_ROWS)));
    }

    @Test
    void aCommuneCannotGetMoreVillagesThanTheQuota() {
        long known = jdbc.queryForObject("select count(*) from drive.village v join drive.admin_unit u"
                + " on u.id = v.commune_id where u.code = '31321' and u.hierarchy = 'VN2022' and u.level = 'COMMUNE'", Long.class);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= VillageImportService.MAX_VILLAGES_PER_COMMUNE - known; i++) {
            csv.append(run).append("-V").append(i).append(",Khu vực ").append(i).append(",31321,1\n");
        }
        int firstTooMany = (int) (VillageImportService.MAX_VILLAGES_PER_COMMUNE - known) + 2;
        assertRefused(csv.toString(), new FieldProblem(firstTooMany, "commune_code", "import.village.tooManyInCommune",
                List.of("31321", VillageImportService.MAX_VILLAGES_PER_COMMUNE)));
    }

    private void assertRefused(String csv, FieldProblem expected) {
        assertRefused(utf8(csv), IN_2022, expected);
    }

    private void assertRefused(String csv, LocalDate asOf, FieldProblem expected) {
        assertRefused(utf8(csv), asOf, expected);
    }

    private void assertRefused(byte[] csv, LocalDate asOf, FieldProblem expected) {
        long before = villages.count();
        assertThatThrownBy(() -> importer.importCsv(csv, asOf, UnitScope.EVERYWHERE))
                .isInstanceOfSatisfying(VillageImportException.class,
                        e -> assertThat(e.errors()).containsExactly(expected));
        assertThat(villages.count()).as("no village written").isEqualTo(before);
    }

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
