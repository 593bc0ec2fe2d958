package vn.cdtt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.support.ProductTest;

/** The DMN rating against Hậu Giang's stored targets: Q3 30/70/50 %, Q4 50/90/80 %. */
@ProductTest
class PhaseRatingsTest {

    @Autowired
    PhaseRatings ratings;
    @Autowired
    PlanRepository plans;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void hauGiangsThirdQuarter() {
        Map<String, BigDecimal> q3 = targets("Q3-2022");
        assertThat(q3).containsOnlyKeys("ONLINE_DOSSIERS", "DIGITAL_SKILL_HOUSEHOLDS", "PROVINCIAL_APP_HOUSEHOLDS");

        assertThat(ratings.rate(q3, results(33, 77, 55)))
                .isEqualTo(new PhaseRatings.Rating("EXCELLENT", "SCALE_UP", 110.0));
        assertThat(ratings.rate(q3, results(30, 70, 50)))
                .isEqualTo(new PhaseRatings.Rating("MET", "SCALE_UP", 100.0));
        assertThat(ratings.rate(q3, results(25, 75, 60)).rating()).as("dossiers at 83 %").isEqualTo("NEARLY_MET");
        assertThat(ratings.rate(q3, results(25, 75, 60)).recommendation()).isEqualTo("SUSTAIN");
        assertThat(ratings.rate(q3, results(30, 40, 50)))
                .isEqualTo(new PhaseRatings.Rating("NOT_MET", "REMEDIATE", 57.14));
    }

    @Test
    void hauGiangsFourthQuarterAsksForMoreThanTheThird() {
        Map<String, BigDecimal> q4 = targets("Q4-2022");
        assertThat(ratings.rate(q4, results(33, 77, 55)).rating()).as("Q3's excellent result in Q4")
                .isEqualTo("NOT_MET");
        assertThat(ratings.rate(q4, results(50, 90, 80)).rating()).isEqualTo("MET");
        assertThat(ratings.rate(q4, results(45, 90, 80)).rating()).as("dossiers at 90 %").isEqualTo("NEARLY_MET");
    }

    @Test
    void aMissingResultCountsAsNothing() {
        Map<String, BigDecimal> q3 = targets("Q3-2022");
        assertThat(ratings.rate(q3, Map.of("ONLINE_DOSSIERS", BigDecimal.valueOf(40))).rating())
                .isEqualTo("NOT_MET");
    }

    private Map<String, BigDecimal> targets(String phase) {
        return transaction.execute(s -> {
            PlanPhase found = plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022").orElseThrow().getPhases()
                    .stream().filter(p -> p.getCode().equals(phase)).findFirst().orElseThrow();
            return found.getTargets().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().getCode(), Map.Entry::getValue));
        });
    }

    private static Map<String, BigDecimal> results(int dossiers, int skills, int app) {
        return Map.of("ONLINE_DOSSIERS", BigDecimal.valueOf(dossiers),
                "DIGITAL_SKILL_HOUSEHOLDS", BigDecimal.valueOf(skills),
                "PROVINCIAL_APP_HOUSEHOLDS", BigDecimal.valueOf(app));
    }
}
