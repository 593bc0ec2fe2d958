package vn.cdtt.commitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.engine.ChildProcesses;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/**
 * Emulation commitments: one registration process per campaign and unit (never two; the start and its row commit
 * together), open until the launch's window closes; a unit that has not registered by then is marked as missed.
 */
@Service
public class Commitments {

    public static final String PROCESS = CommitmentRegistrationProcess.KEY;

    private final ChildProcesses children;
    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final AdminUnitRepository units;

    Commitments(ChildProcesses children, JdbcTemplate jdbc, CampaignRepository campaigns, AdminUnitRepository units) {
        this.children = children;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.units = units;
    }

    /** @return the process instance id, the existing one when this unit's registration was started before */
    @Transactional
    public String start(long campaignId, long unitId, Date closesAt) {
        List<String> existing = jdbc.queryForList("select process_instance_id from drive.emulation_commitment"
                + " where campaign_id = ? and unit_id = ?", String.class, campaignId, unitId);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        AdminUnit unit = units.findById(unitId).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommitmentRegistrationProcess.CAMPAIGN_ID, campaignId);
        variables.put(CommitmentRegistrationProcess.UNIT_ID, unitId);
        variables.put(CommitmentRegistrationProcess.UNIT_NAME, unit.getFullName());
        variables.put(CommitmentRegistrationProcess.UNIT_GROUP, unit.groupId());
        variables.put(CommitmentRegistrationProcess.REGISTRATION_CLOSES_AT, closesAt);
        String instance = children.start(PROCESS, campaign.getBusinessKey(), variables, "commitment",
                unit.getCode());
        jdbc.update("insert into drive.emulation_commitment (campaign_id, unit_id, process_instance_id)"
                + " values (?, ?, ?)", campaignId, unitId, instance);
        return instance;
    }

    public List<FieldProblem> check(Object commitment, Object signedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        FormFields.text(commitment, "commitment", 4000, problems);
        FormFields.text(signedBy, "signedBy", 200, problems);
        return problems;
    }

    @Transactional
    public void register(long campaignId, long unitId, String commitment, String signedBy, Instant at) {
        jdbc.update("update drive.emulation_commitment set status = 'REGISTERED', commitment = ?, signed_by = ?,"
                + " registered_at = ? where campaign_id = ? and unit_id = ?", commitment.strip(), signedBy.strip(),
                Timestamp.from(at), campaignId, unitId);
    }

    @Transactional
    public void markMissed(long campaignId, long unitId) {
        jdbc.update("update drive.emulation_commitment set status = 'MISSED' where campaign_id = ? and unit_id = ?"
                + " and status = 'OPEN'", campaignId, unitId);
    }

    /** Status of each unit's registration (REGISTERED, MISSED, OPEN), by unit id. */
    @Transactional(readOnly = true)
    public Map<Long, String> statuses(long campaignId) {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.query("select unit_id, status from drive.emulation_commitment where campaign_id = ?",
                rs -> {
                    statuses.put(rs.getLong(1), rs.getString(2));
                }, campaignId);
        return statuses;
    }
}
