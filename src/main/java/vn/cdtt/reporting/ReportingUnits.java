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
}
