package vn.cdtt.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One row of the roll-up: a unit (a district, a commune, or the area's total) with its teams and, for the phase shown,
 * its indicator values and rating.
 *
 * @param unitId         null for the total row
 * @param communes       communes in the unit
 * @param assigned       communes given teams to found (any wave)
 * @param villages       villages on file
 * @param coveredVillages villages with a team
 * @param villageTeams   village teams founded
 * @param communeTeams   commune teams founded
 * @param members        members of all those teams
 * @param trainedTeams   teams counted as trained
 * @param values         indicator code → rolled-up value of the phase shown
 * @param rating         the phase's DMN rating, or null when the unit was not rated
 */
public record UnitFigures(Long unitId, String name, String level, long communes, long assigned, long villages,
                          long coveredVillages, long villageTeams, long communeTeams, long members,
                          long trainedTeams, Map<String, BigDecimal> values, String rating,
                          BigDecimal lowestAttainment) {

    /** Villages with a team, in percent of the villages on file (one decimal). */
    public BigDecimal coveragePercent() {
        return villages == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(coveredVillages * 100)
                .divide(BigDecimal.valueOf(villages), 1, RoundingMode.HALF_UP);
    }

    public long teams() {
        return villageTeams + communeTeams;
    }
}
