package vn.cdtt.campaign.flow;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.AssignmentOwners;
import vn.cdtt.campaign.SectorReports;

/**
 * The lifecycle's questions about sector reports ({@code ${sectorReporting.departments(campaignId)}}): which
 * departments report each period, who works each one's task, its name and due date.
 */
@Component("sectorReporting")
public class SectorReporting {

    private final SectorReports reports;
    private final CampaignPhases phases;

    SectorReporting(SectorReports reports, CampaignPhases phases) {
        this.reports = reports;
        this.phases = phases;
    }

    @Transactional(readOnly = true)
    public List<String> departments(long campaignId) {
        return reports.departments(campaignId).stream().map(AssignmentOwners.Owner::key).toList();
    }

    @Transactional(readOnly = true)
    public String group(long campaignId, String agencyCode) {
        return reports.department(campaignId, agencyCode).group();
    }

    /** "Báo cáo kết quả chuyển đổi số của ngành — <period> — <department>". */
    @Transactional(readOnly = true)
    public String taskName(long campaignId, String phaseCode, String agencyCode) {
        return "Báo cáo kết quả chuyển đổi số của ngành — " + phases.nameOf(campaignId, phaseCode) + " — "
                + reports.department(campaignId, agencyCode).name();
    }

    /** Due with the period's reports. */
    @Transactional(readOnly = true)
    public Date due(long campaignId, String phaseCode) {
        return phases.reportsDueAt(campaignId, phaseCode);
    }
}
