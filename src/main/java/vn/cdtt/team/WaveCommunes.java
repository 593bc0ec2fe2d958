package vn.cdtt.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.Refusals;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.plan.PlanFile;

/**
 * The communes a district (or the province) puts into a wave of team founding: offered by name from its own area,
 * and for a scale-up only those not yet in the drive; the choice is kept in {@code pilot_selection}, never in
 * process variables.
 */
@Service
public class WaveCommunes {

    private final AdminUnitRepository units;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;

    WaveCommunes(AdminUnitRepository units, JdbcTemplate jdbc, Refusals refusals) {
        this.units = units;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    /**
     * The pick list of the chooser's communes, by name: every commune of its area for the pilot (wave 0), those
     * not yet in the drive for a scale-up wave.
     */
    @Transactional(readOnly = true)
    public List<Map<String, String>> options(long campaignId, long chooserUnitId, int wave) {
        Set<Long> taken = wave == 0 ? Set.of() : new java.util.HashSet<>(inDrive(campaignId));
        List<Map<String, String>> options = new ArrayList<>();
        for (AdminUnit commune : communesOf(units.findById(chooserUnitId).orElseThrow())) {
            if (!taken.contains(commune.getId())) {
                Map<String, String> option = new LinkedHashMap<>();
                option.put("value", commune.getCode());
                option.put("label", commune.getFullName());
                options.add(option);
            }
        }
        return options;
    }

    /**
     * Records the communes chosen for a wave, after checking their number against the plan's and that each is
     * the chooser's (and, for a scale-up, new to the drive); a refusal names the form's field and saves nothing.
     *
     * @param codes the chosen communes' codes (the pick list's values)
     */
    @Transactional
    public void choose(long campaignId, long chooserUnitId, List<String> codes, PlanFile.Range count, int wave) {
        AdminUnit chooser = units.findById(chooserUnitId).orElseThrow();
        Set<String> chosenCodes = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                chosenCodes.add(code.strip());
            }
        }
        if (chosenCodes.size() < count.min() || chosenCodes.size() > count.max()) {
            throw count.min().equals(count.max())
                    ? refusals.sentence("pilot.wrongCount", count.min(), chosenCodes.size(), chooser.getFullName())
                    : refusals.sentence("scaleUp.wrongCount", count.min(), count.max(), chosenCodes.size(),
                            chooser.getFullName());
        }
        Map<String, AdminUnit> ofChooser = new LinkedHashMap<>();
        for (AdminUnit commune : communesOf(chooser)) {
            ofChooser.put(commune.getCode(), commune);
        }
        Set<Long> taken = new java.util.HashSet<>(inDrive(campaignId));
        List<AdminUnit> chosen = new ArrayList<>();
        for (String code : chosenCodes) {
            AdminUnit commune = ofChooser.get(code);
            if (commune == null) {
                throw refusals.sentence("pilot.notInUnit", code, chooser.getFullName());
            }
            if (wave > 0 && taken.contains(commune.getId())) {
                throw refusals.sentence("scaleUp.alreadyInDrive", commune.getFullName());
            }
            chosen.add(commune);
        }
        for (AdminUnit commune : chosen) {
            jdbc.update("insert into drive.pilot_selection (campaign_id, chosen_by, commune_id, wave)"
                    + " values (?, ?, ?, ?) on conflict (campaign_id, commune_id, wave) do nothing", campaignId,
                    chooserUnitId, commune.getId(), wave);
        }
    }

    /** The communes chosen for a wave. */
    @Transactional(readOnly = true)
    public List<Long> ofWave(long campaignId, int wave) {
        return jdbc.queryForList("select commune_id from drive.pilot_selection where campaign_id = ? and wave = ?"
                + " order by commune_id", Long.class, campaignId, wave);
    }

    /** The communes of a district, or of a province (through its districts in the three-tier era). */
    private List<AdminUnit> communesOf(AdminUnit chooser) {
        return chooser.getLevel() == AdminLevel.PROVINCE ? units.findCommunesOf(chooser)
                : units.findChildren(chooser);
    }

    /** Communes with a team process or a choice in the drive, of any wave. */
    private List<Long> inDrive(long campaignId) {
        return jdbc.queryForList("select commune_id from drive.team_establishment where campaign_id = ?"
                + " union select commune_id from drive.pilot_selection where campaign_id = ?", Long.class,
                campaignId, campaignId);
    }
}
