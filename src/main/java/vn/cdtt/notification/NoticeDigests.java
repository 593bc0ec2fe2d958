package vn.cdtt.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, folds each digest reader's waiting notices into one DIGEST notice (at most one per recipient and day,
 * by the outbox's unique key) that the sender then sends like any other.
 */
@Component
public class NoticeDigests {

    private final JdbcTemplate jdbc;

    NoticeDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return digests written */
    @Transactional
    public int compose(LocalDate day) {
        List<Map<String, Object>> waiting = jdbc.queryForList("select recipient, min(username) as username,"
                + " min(locale) as locale, string_agg(id::text, ',' order by id) as ids from drive.notice"
                + " where status = 'DIGEST_WAIT' group by recipient");
        int written = 0;
        for (Map<String, Object> reader : waiting) {
            int inserted = jdbc.update("insert into drive.notice (kind, recipient, username, locale, digest_day,"
                    + " digest_of) values ('DIGEST', ?, ?, ?, ?, ?) on conflict do nothing", reader.get("recipient"),
                    reader.get("username"), reader.get("locale"), Date.valueOf(day), reader.get("ids"));
            if (inserted > 0) {
                jdbc.update("update drive.notice set status = 'IN_DIGEST' where id = any(string_to_array(?, ',')"
                        + "::bigint[])", reader.get("ids"));
                written++;
            }
        }
        return written;
    }
}
