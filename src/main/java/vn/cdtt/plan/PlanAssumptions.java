package vn.cdtt.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a plan supplies that its article does not say ({@code assumptions:}): each names a field of the plan and says
 * why, in Vietnamese, so that the official who meets the value (a task's due date, the dashboard) sees it is assumed.
 * A field is named by keys and, inside lists, by codes: {@code phases.Q3-2022.reportDue}.
 */
public final class PlanAssumptions {

    static final int REASON_LIMIT = 500;
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private PlanAssumptions() {
    }

    /** Each assumption names a field the plan has, once, with a reason. */
    static void check(StageRules.Problems problems, PlanFile file) {
        JsonNode tree = JSON.valueToTree(file);
        Set<String> seen = new HashSet<>();
        List<PlanFile.Assumption> assumptions = file.assumptions();
        for (int i = 0; i < assumptions.size(); i++) {
            PlanFile.Assumption assumption = assumptions.get(i);
            String path = "assumptions[" + i + "]";
            if (assumption == null || assumption.field() == null || assumption.field().isBlank()) {
                problems.add(path + ".field", "file.required");
                continue;
            }
            if (resolve(tree, assumption.field()).isEmpty()) {
                problems.add(path + ".field", "plan.assumptionUnknownField", assumption.field());
            } else if (!seen.add(assumption.field())) {
                problems.add(path + ".field", "file.duplicate", assumption.field());
            }
            String reason = assumption.reason();
            if (reason == null || reason.isBlank()) {
                problems.add(path + ".reason", "file.required");
            } else if (reason.length() > REASON_LIMIT) {
                problems.add(path + ".reason", "form.tooLong", REASON_LIMIT);
            }
        }
    }

    /**
     * The reason the plan gives for assuming the first of these fields that it assumes, itself or as part of a whole
     * it assumes ({@code phases.REST-2022} covers {@code phases.REST-2022.reportDue}); the field's own reason first.
     */
    public static Optional<String> reasonFor(PlanFile plan, List<String> fields) {
        for (String field : fields) {
            Optional<String> own = reasonWhere(plan, field::equals);
            Optional<String> whole = own.isPresent() ? own
                    : reasonWhere(plan, assumed -> field.startsWith(assumed + "."));
            if (whole.isPresent()) {
                return whole;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reasonWhere(PlanFile plan, java.util.function.Predicate<String> covers) {
        return plan.assumptions().stream().filter(a -> covers.test(a.field())).findFirst()
                .map(a -> a.reason().strip());
    }

    private static Optional<JsonNode> resolve(JsonNode tree, String field) {
        JsonNode node = tree;
        for (String key : field.split("\\.", -1)) {
            if (node.isArray()) {
                JsonNode found = null;
                for (JsonNode element : node) {
                    if (key.equals(element.path("code").asText(null))) {
                        found = element;
                    }
                }
                node = found;
            } else {
                node = node.get(key);
            }
            if (node == null || node.isNull() || node.isMissingNode()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }
}
