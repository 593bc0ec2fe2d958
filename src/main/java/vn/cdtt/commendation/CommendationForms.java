package vn.cdtt.commendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dynamic lists of the commendation forms as Tasklist submits them (JSON text, a Spin JSON node, or lists
 * already parsed). Numbers stay untyped here so a wrong value becomes a field problem, not a parse failure.
 */
final class CommendationForms {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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

    static <T> List<T> rows(Object value, Class<T[]> type) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof String text ? text
                    : value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value)
                    : value.toString(); // a Spin JSON node prints as its JSON
            T[] parsed = JSON.readValue(json, type);
            return parsed == null ? List.of() : List.of(parsed);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form's list is not valid JSON: " + e.getOriginalMessage(), e);
        }
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
        return text == null || text.isBlank();
    }
}
