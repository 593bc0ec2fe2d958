package vn.cdtt.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.EngineClock;

/**
 * The documents a drive's area has received: each period's compiled report, the sector departments' reports and the
 * reports asked on request, as the compilers and units submitted them (Cần Thơ 1170: the Sở TT&TT's report to the
 * city). Read for the drive's whole area only; a unit below it sees its own figures, not the area's documents.
 */
@Component
public class DriveDocuments {

    /** One period's compiled report: what it says, and how many units' reports were verified when it was made. */
    public record Compiled(String phase, String document, String summary, int verified, int expected,
                           LocalDate on) {
    }

    /** One department's report on its sector for a period. */
    public record SectorReport(String phase, String agency, String document, LocalDate on) {
    }

    /** A report asked on request: its subject, due day, the answers in, and the compiled document once made. */
    public record Request(String subject, LocalDate due, int answered, int asked, String document) {
    }

    public record Documents(List<Compiled> compiled, List<SectorReport> sector, List<Request> requests) {

        static final Documents NONE = new Documents(List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return compiled.isEmpty() && sector.isEmpty() && requests.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;

    DriveDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Documents of(long campaignId) {
        List<Compiled> compiled = jdbc.query("select p.name_vi, c.document_reference, c.summary, c.reports_verified,"
                + " c.reports_expected, c.compiled_at from drive.phase_compilation c join drive.plan_phase p"
                + " on p.id = c.phase_id where c.campaign_id = ? order by p.position", (rs, row) -> new Compiled(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), day(rs.getTimestamp(6))),
                campaignId);
        List<SectorReport> sector = jdbc.query("select p.name_vi, s.agency_name, s.document_reference, s.submitted_at"
                + " from drive.sector_report s join drive.plan_phase p on p.id = s.phase_id where s.campaign_id = ?"
                + " order by p.position, s.agency_name", (rs, row) -> new SectorReport(rs.getString(1),
                rs.getString(2), rs.getString(3), day(rs.getTimestamp(4))), campaignId);
        List<Request> requests = jdbc.query("select r.subject, r.due_on, count(u.submitted_at), count(u.unit_key),"
                + " r.document_reference from drive.report_request r left join drive.report_request_unit u"
                + " on u.request_id = r.id where r.campaign_id = ? group by r.id order by r.requested_at, r.id",
                (rs, row) -> new Request(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4),
                        rs.getString(5)), campaignId);
        return new Documents(compiled, sector, requests);
    }

    private static LocalDate day(Timestamp at) {
        return EngineClock.dayOf(at.toInstant());
    }
}
