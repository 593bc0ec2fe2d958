package vn.cdtt.commendation;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cdtt.plan.AwardKind;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;

/** The plan's commendation rules: which award kinds it has (those with a vote threshold) and the vote each needs. */
@Component
class CommendationRules {

    private final PlanService plans;

    CommendationRules(PlanService plans) {
        this.plans = plans;
    }

    /** Award kind → share of the council's votes (percent of members present) it needs; only kinds the plan has. */
    Map<AwardKind, Integer> allowedKinds(Plan plan) {
        PlanFile.CommendationRule rule = plans.rulesOf(plan).commendation();
        Map<AwardKind, Integer> kinds = new EnumMap<>(AwardKind.class);
        if (rule != null && rule.voteThresholdPercent() != null) {
            rule.voteThresholdPercent().forEach((kind, percent) -> {
                if (percent != null) {
                    kinds.put(kind, percent);
                }
            });
        }
        return kinds;
    }

    /**
     * A suggestion the plan cannot grant falls to the best kind it has below it (Phú Ninh only gives Giấy khen), or
     * to none. AwardKind is declared from the lowest to the highest award.
     */
    static AwardKind withinPlan(AwardKind suggested, Map<AwardKind, Integer> allowed) {
        if (suggested == null) {
            return null;
        }
        for (int i = suggested.ordinal(); i >= 0; i--) {
            AwardKind kind = AwardKind.values()[i];
            if (allowed.containsKey(kind)) {
                return kind;
            }
        }
        return null;
    }

    /** votesFor × 100 / membersPresent ≥ threshold, in whole numbers so 6 of 10 meets 60 % exactly. */
    static boolean passes(int votesFor, int membersPresent, int thresholdPercent) {
        return (long) votesFor * 100 >= (long) thresholdPercent * membersPresent;
    }
}
