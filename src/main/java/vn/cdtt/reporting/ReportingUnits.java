package vn.cdtt.reporting;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units that report in a drive and register commitments: the communes given teams to found, in any wave so far.
 */
@Component
public class ReportingUnits {

    private final JdbcTemplate jdbc;

    ReportingUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Long> of(long campaignId) {
        return jdbc.queryForList("select distinct commune_id from drive.team_establishment where campaign_id = ?"
                + " order by commune_id", Long.class, campaignId);
    }

    /** How many units report in the drive. */
    @Transactional(readOnly = true)
    public int count(long campaignId) {
        Integer count = jdbc.queryForObject("select count(distinct commune_id) from drive.team_establishment"
                + " where campaign_id = ?", Integer.class, campaignId);
        return count == null ? 0 : count;
    }

    /**
     * The next units in id order after {@code afterUnitId} (all when null), at most {@code limit}: a fan-out walks
     * the units this way, one batch at a time, instead of reading every unit on each pass.
     */
    @Transactional(readOnly = true)
    public List<Long> after(long campaignId, Long afterUnitId, int limit) {
        return jdbc.queryForList("select distinct commune_id from drive.team_establishment where campaign_id = ?"
                + " and commune_id > ? order by commune_id limit ?", Long.class, campaignId,
                afterUnitId == null ? Long.MIN_VALUE : afterUnitId, limit);
    }
}
