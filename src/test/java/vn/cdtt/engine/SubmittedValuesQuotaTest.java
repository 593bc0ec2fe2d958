package vn.cdtt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.cdtt.kernel.input.FieldProblem;

/** Quotas where a form sets no limit: text length by kind of field, and rows of a dynamic list. */
class SubmittedValuesQuotaTest {

    private static final SubmittedValues.RowNames ROWS = (list, row) -> list + ", dòng " + row;

    private static FormField text(String type, Integer maxLength) {
        return new FormField("note", "Ghi chú", type, false, maxLength, List.of(), Map.of());
    }

    private static List<FieldProblem> check(FormField field, Object value) {
        List<FieldProblem> problems = new ArrayList<>();
        SubmittedValues.check(field, value, ROWS, problems);
        return problems;
    }

    @Test
    void aTextFieldWithoutItsOwnLimitTakesAThousandCharacters() {
        assertThat(check(text("textfield", null), "x".repeat(SubmittedValues.TEXT_LIMIT))).isEmpty();
        assertThat(check(text("textfield", null), "x".repeat(SubmittedValues.TEXT_LIMIT + 1)))
                .extracting(FieldProblem::path).containsExactly("Ghi chú");
    }

    @Test
    void aMultiLineFieldTakesTenThousandAndAFormsOwnLimitWins() {
        assertThat(check(text("textarea", null), "x\n".repeat(SubmittedValues.MULTI_LINE_LIMIT / 2))).isEmpty();
        assertThat(check(text("textarea", null), "x".repeat(SubmittedValues.MULTI_LINE_LIMIT + 1))).hasSize(1);
        assertThat(check(text("textarea", 20_000), "x".repeat(SubmittedValues.MULTI_LINE_LIMIT + 1))).isEmpty();
    }

    @Test
    void aListTakesAtMostFiveHundredRows() {
        FormField village = new FormField("name", "Tên thôn", "textfield", false, 100, List.of(), Map.of());
        FormField list = new FormField("villages", "Danh sách thôn", "dynamiclist", false, null, List.of(),
                Map.of("name", village));
        String rows = "[" + String.join(",", java.util.Collections.nCopies(SubmittedValues.ROW_LIMIT,
                "{\"name\":\"Ấp 1\"}")) + "]";
        assertThat(check(list, rows)).isEmpty();
        List<FieldProblem> tooMany = check(list, rows.replace("]", ",{\"name\":\"Ấp 2\"}]"));
        assertThat(tooMany).extracting(FieldProblem::path).containsExactly("Danh sách thôn");
        assertThat(tooMany).extracting(FieldProblem::messageKey).containsExactly("input.tooManyRows");
    }
}
