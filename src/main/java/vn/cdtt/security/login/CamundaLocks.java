package vn.cdtt.security.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The failures Camunda itself recorded on its users (ACT_ID_USER's lock columns), read for the administrators' page.
 * Camunda no longer locks (see application.yaml), but accounts it locked before keep their count until unlocked.
 */
@Component
class CamundaLocks {

    record Lock(String userId, int attempts, Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;

    CamundaLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Lock> recorded(int limit) {
        return jdbc.query("select id_, attempts_, lock_exp_time_ from act_id_user where attempts_ > 0"
                + " or lock_exp_time_ > now() order by attempts_ desc, id_ limit ?", (rs, i) -> {
            Timestamp until = rs.getTimestamp("lock_exp_time_");
            return new Lock(rs.getString("id_"), rs.getInt("attempts_"), until == null ? null : until.toInstant());
        }, limit);
    }
}
