package vn.cdtt.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cdtt.plan.PlanFile.Assignment;
import vn.cdtt.plan.PlanFile.Stage;
import vn.cdtt.plan.PlanFile.Stages;
import vn.cdtt.plan.PlanFile.Text;

/**
 * Reads a plan of the first format (no {@code stages:}) as the fixed chain it ran on: the four drafts as
 * assignments, the approval, and every other stage on. Stored versions are never rewritten; they are converted each
 * time they are read, so a drive started on one keeps its plan's meaning.
 */
final class LegacyPlanFormat {

    /** Reports of a first-format plan open this many days before they are due (at least the reminder offset). */
    static final int LEAD_DAYS = 7;

    private static final Map<PlanStep, Text[]> DRAFTS = new LinkedHashMap<>();

    static {
        DRAFTS.put(PlanStep.DRAFT_ESTABLISHMENT_DECISION, texts(
                "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng", "Dự thảo quyết định thành lập tổ"));
        DRAFTS.put(PlanStep.DRAFT_EMULATION_PLAN, texts("Dự thảo kế hoạch tuyên truyền và thi đua",
                "Dự thảo kế hoạch tuyên truyền và kế hoạch thi đua"));
        DRAFTS.put(PlanStep.PROPOSE_IT_STAFFING, texts("Đề xuất hỗ trợ nhân lực CNTT cho huyện, xã",
                "Văn bản đề xuất hỗ trợ nhân lực CNTT"));
        DRAFTS.put(PlanStep.PLAN_CASHLESS_PAYMENTS, texts("Kế hoạch triển khai thanh toán không dùng tiền mặt",
                "Kế hoạch triển khai thanh toán không dùng tiền mặt"));
    }

    private LegacyPlanFormat() {
    }

    static PlanFile normalized(PlanFile file) {
        if (file.stages() != null) {
            return file;
        }
        List<Assignment> assignments = new ArrayList<>();
        DRAFTS.forEach((step, texts) -> {
            PlanFile.StepSpec spec = file.steps().get(step);
            if (spec != null) {
                assignments.add(new Assignment(step.name(), texts[0], spec.role(), spec.with(), texts[1], null,
                        spec.due()));
            }
        });
        int reminder = file.deadlines() == null || file.deadlines().reminderDaysBefore() == null ? 0
                : file.deadlines().reminderDaysBefore();
        Stage on = new Stage(null);
        return file.withStages(new Stages(assignments,
                file.steps().containsKey(PlanStep.APPROVE_PLANS) && !assignments.isEmpty() ? on : null,
                on, new PlanFile.FoundingStage(null, false), on, new PlanFile.LaunchStage(null, true),
                new PlanFile.ReportingStage(Math.max(LEAD_DAYS, reminder), null, null), on, on, on));
    }

    private static Text[] texts(String name, String deliverable) {
        return new Text[] {new Text(name, null), new Text(deliverable, null)};
    }
}
