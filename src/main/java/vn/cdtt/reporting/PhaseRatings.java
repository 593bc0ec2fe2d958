package vn.cdtt.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Rates a unit's results against a phase's targets with the DMN table {@value #DECISION}: every target met (and
 * by how much the weakest indicator is above its target), which gives the rating and the recommendation that
 * pre-fills the leaders' review (scale up, sustain, remediate).
 */
@Service
public class PhaseRatings {

    static final String DECISION = "Decision_PhaseRating";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DecisionService decisions;

    PhaseRatings(DecisionService decisions) {
        this.decisions = decisions;
    }

    public record Rating(String rating, String recommendation, double lowestAttainment) {
    }

    /**
     * @param targets indicator code → target of the phase
     * @param results indicator code → the unit's result; a missing result counts as 0
     */
    public Rating rate(Map<String, BigDecimal> targets, Map<String, BigDecimal> results) {
        boolean allMet = true;
        double lowest = Double.MAX_VALUE;
        for (Map.Entry<String, BigDecimal> target : targets.entrySet()) {
            BigDecimal result = results.getOrDefault(target.getKey(), BigDecimal.ZERO);
            allMet &= result.compareTo(target.getValue()) >= 0;
            double attainment = target.getValue().signum() == 0 ? 100
                    : result.multiply(HUNDRED).divide(target.getValue(), 2, RoundingMode.HALF_UP).doubleValue();
            lowest = Math.min(lowest, attainment);
        }
        if (targets.isEmpty()) {
            lowest = 100;
        }
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("allTargetsMet", allMet).putValue("lowestAttainment", lowest)).getSingleResult();
        return new Rating(result.getEntry("rating"), result.getEntry("recommendation"), lowest);
    }
}
