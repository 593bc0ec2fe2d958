package vn.cdtt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.cdtt.plan.AwardKind;

/** The ranking table on its own (no application context), and the plan's kinds and thresholds applied after it. */
class CommendationRankingDmnTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = new ClassPathResource("bpmn/commendation-ranking.dmn").getInputStream()) {
            decision = engine.parseDecision(CommendationRanking.DECISION, model);
        }
    }

    @Test
    void theLeadingDistrictWellAboveEveryTargetEarnsTheFlag() {
        assertThat(suggest("DISTRICT", true, 112.5, 1, 8)).isEqualTo("EMULATION_FLAG");
        assertThat(suggest("DISTRICT", true, 112.5, 2, 8)).as("not the leader").isEqualTo(
                "PROVINCIAL_CERTIFICATE_OF_MERIT");
        assertThat(suggest("DISTRICT", true, 109.99, 1, 8)).as("under 110 %")
                .isEqualTo("PROVINCIAL_CERTIFICATE_OF_MERIT");
        assertThat(suggest("COMMUNE", true, 110, 1, 75)).isEqualTo("EMULATION_FLAG");
    }

    @Test
    void communesNeedATopRankForTheBangKhen() {
        assertThat(suggest("COMMUNE", true, 100, 3, 75)).isEqualTo("PROVINCIAL_CERTIFICATE_OF_MERIT");
        assertThat(suggest("COMMUNE", true, 100, 20, 75)).as("26.7 %, within the top 30 %")
                .isEqualTo("PROVINCIAL_CERTIFICATE_OF_MERIT");
        assertThat(suggest("COMMUNE", true, 100, 30, 75)).as("40 %: Giấy khen").isEqualTo("CERTIFICATE_OF_MERIT");
    }

    @Test
    void ninetyPercentEarnsACertificateAndLessNothing() {
        assertThat(suggest("COMMUNE", false, 90, 40, 75)).isEqualTo("CERTIFICATE_OF_MERIT");
        assertThat(suggest("DISTRICT", false, 94.74, 3, 8)).isEqualTo("CERTIFICATE_OF_MERIT");
        assertThat(suggest("COMMUNE", false, 89.99, 41, 75)).isEqualTo("NONE");
        assertThat(suggest("DISTRICT", false, 0, 8, 8)).isEqualTo("NONE");
    }

    @Test
    void onlyKindsThePlanHasAreSuggested() {
        Map<AwardKind, Integer> phuNinh = new EnumMap<>(Map.of(AwardKind.CERTIFICATE_OF_MERIT, 50));
        assertThat(CommendationRules.withinPlan(AwardKind.EMULATION_FLAG, phuNinh))
                .isEqualTo(AwardKind.CERTIFICATE_OF_MERIT);
        Map<AwardKind, Integer> canTho = new EnumMap<>(Map.of(AwardKind.CERTIFICATE_OF_MERIT, 50,
                AwardKind.PROVINCIAL_CERTIFICATE_OF_MERIT, 60));
        assertThat(CommendationRules.withinPlan(AwardKind.EMULATION_FLAG, canTho))
                .isEqualTo(AwardKind.PROVINCIAL_CERTIFICATE_OF_MERIT);
        assertThat(CommendationRules.withinPlan(AwardKind.CERTIFICATE_OF_MERIT, Map.of())).isNull();
        assertThat(CommendationRules.withinPlan(null, canTho)).isNull();
    }

    @Test
    void theThresholdIsAShareOfTheMembersPresent() {
        assertThat(CommendationRules.passes(6, 10, 60)).isTrue();
        assertThat(CommendationRules.passes(5, 10, 60)).isFalse();
        assertThat(CommendationRules.passes(5, 7, 70)).as("71.4 %").isTrue();
        assertThat(CommendationRules.passes(2, 3, 70)).as("66.7 %").isFalse();
    }

    private static String suggest(String level, boolean allMet, double lowest, int rank, int peers) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("unitLevel", level)
                .putValue("allTargetsMet", allMet).putValue("lowestAttainment", lowest).putValue("rank", rank)
                .putValue("rankPercent", rank * 100.0 / peers)).getSingleResult().getSingleEntry();
    }
}
