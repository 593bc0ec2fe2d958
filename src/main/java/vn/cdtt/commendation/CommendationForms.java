package vn.cdtt.commendation;

import java.math.BigDecimal;

import vn.cdtt.kernel.input.FormFields;

/**
 * The dynamic lists of the commendation forms as Tasklist submits them (JSON text, a Spin JSON node, or lists
 * already parsed). Numbers stay untyped here so a wrong value becomes a field problem, not a parse failure.
 */
final class CommendationForms {

    /** A row of "Đề xuất khen thưởng". */
    record ProposalRow(Object proposalId, Boolean include, String awardKind, String reason) {
    }

    /** A row of "Thẩm định hồ sơ khen thưởng": verdict accept or reject. */
    record VetRow(Object proposalId, String verdict, String note) {
    }

    /** A row of the council's vote. */
    record BallotRow(Object proposalId, Object votesFor) {
    }

    private CommendationForms() {
    }

    /** A whole number from a form field (number, or text of digits), or null when it is none. */
    static Long whole(Object value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(value.toString().strip());
            return number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return FormFields.blank(text);
    }
}
