package vn.cdtt.team;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.yaml.FieldProblem;

/** A commune's steering committee for a drive: formed once, before the commune's first wave of teams. */
@Service
public class SteeringCommittees {

    private final JdbcTemplate jdbc;

    SteeringCommittees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean formed(long campaignId, long communeId) {
        return !jdbc.queryForList("select 1 from drive.steering_committee where campaign_id = ? and commune_id = ?",
                Integer.class, campaignId, communeId).isEmpty();
    }

    public List<FieldProblem> check(Object decisionNumber, Object head, Object formedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        text("steeringDecisionNumber", decisionNumber, 100, problems);
        text("steeringHead", head, 200, problems);
        if (!(formedOn instanceof String day) || day.isBlank()) {
            problems.add(FieldProblem.of("steeringFormedOn", "file.required"));
        } else {
            try {
                if (LocalDate.parse(day.strip()).isAfter(today)) {
                    problems.add(FieldProblem.of("steeringFormedOn", "steering.inFuture", day.strip(), today));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("steeringFormedOn", "launch.badDate", day));
            }
        }
        return problems;
    }

    @Transactional
    public void record(long campaignId, long communeId, String decisionNumber, String head, String formedOn) {
        jdbc.update("insert into drive.steering_committee (campaign_id, commune_id, decision_number, head_name,"
                + " formed_on) values (?, ?, ?, ?, ?) on conflict (campaign_id, commune_id) do nothing", campaignId,
                communeId, decisionNumber.strip(), head.strip(), Date.valueOf(LocalDate.parse(formedOn.strip())));
    }

    private static void text(String field, Object value, int maxLength, List<FieldProblem> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(FieldProblem.of(field, "file.required"));
        } else if (text.length() > maxLength) {
            problems.add(FieldProblem.of(field, "review.tooLong", maxLength));
        }
    }
}
