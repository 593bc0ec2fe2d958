package vn.cdtt.campaign;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The drive's final review (tổng kết): one per drive, the last one recorded wins. */
@Service
public class FinalReviews {

    private final JdbcTemplate jdbc;

    FinalReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(long campaignId, LocalDate heldOn, String report, String conclusions) {
        jdbc.update("insert into drive.final_review (campaign_id, held_on, report, conclusions) values (?, ?, ?, ?)"
                + " on conflict (campaign_id) do update set held_on = excluded.held_on, report = excluded.report,"
                + " conclusions = excluded.conclusions", campaignId, Date.valueOf(heldOn), report, conclusions);
    }
}
