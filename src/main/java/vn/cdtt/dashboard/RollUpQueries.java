package vn.cdtt.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's roll-up, aggregated in SQL in one statement per question (no round trip per unit): the children of
 * a unit (districts of a province, communes of a district or of a two-tier province) with their teams, villages
 * covered and members, and the indicator values and ratings of a phase.
 */
@Component
public class RollUpQueries {

    /**
     * Communes under the unit (or the unit itself), each with the child of the unit it belongs to and that child's
     * name, level and code; three indexed branches rather than one OR, which PostgreSQL could only answer by scanning
     * every unit. The child's columns come with it (joining the units again made PostgreSQL hash all of them), and
     * the third branch names the districts' level so that a two-tier province does not scan every commune.
     */
    private static final String CHILDREN = """
            with commune as (
                select c.id as commune_id, c.id as child_id, c.full_name, c.level, c.code from drive.admin_unit c
                where c.id = ? and c.level = 'COMMUNE'
                union all
                select c.id, c.id, c.full_name, c.level, c.code from drive.admin_unit c
                where c.parent_id = ? and c.level = 'COMMUNE'
                union all
                select c.id, d.id, d.full_name, d.level, d.code from drive.admin_unit d
                join drive.admin_unit c on c.parent_id = d.id
                where d.parent_id = ? and d.level = 'DISTRICT' and c.level = 'COMMUNE'),
            village as (select g.commune_id, count(*) as n from drive.village g
                        where g.commune_id in (select commune_id from commune) group by g.commune_id),
            team as (select t.commune_id, count(*) filter (where t.village_id is not null) as village_teams,
                            count(distinct t.village_id) as covered,
                            count(*) filter (where t.village_id is null) as commune_teams,
                            count(r.team_id) as trained
                     from drive.team t left join drive.team_training r on r.team_id = t.id
                     where t.campaign_id = ? and t.commune_id in (select commune_id from commune)
                     group by t.commune_id),
            member as (select t.commune_id, count(*) as n from drive.team_member m
                       join drive.team t on t.id = m.team_id
                       where t.campaign_id = ? and t.commune_id in (select commune_id from commune)
                       group by t.commune_id),
            assigned as (select distinct e.commune_id from drive.team_establishment e
                         where e.campaign_id = ? and e.commune_id in (select commune_id from commune))
            select c.child_id, c.full_name, c.level, count(*) as communes, count(a.commune_id) as assigned,
                   coalesce(sum(v.n), 0) as villages, coalesce(sum(t.covered), 0) as covered,
                   coalesce(sum(t.village_teams), 0) as village_teams,
                   coalesce(sum(t.commune_teams), 0) as commune_teams, coalesce(sum(m.n), 0) as members,
                   coalesce(sum(t.trained), 0) as trained
            from commune c
            left join village v on v.commune_id = c.commune_id
            left join team t on t.commune_id = c.commune_id
            left join member m on m.commune_id = c.commune_id
            left join assigned a on a.commune_id = c.commune_id
            group by c.child_id, c.full_name, c.level, c.code order by c.code
            """;

    private final JdbcTemplate jdbc;

    RollUpQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The children of a unit with their figures; for a commune, the commune itself. */
    @Transactional(readOnly = true)
    public List<UnitFigures> children(long campaignId, long unitId, Long phaseId) {
        List<UnitFigures> children = jdbc.query(CHILDREN, (rs, row) -> new UnitFigures(rs.getLong("child_id"),
                rs.getString("full_name"), rs.getString("level"), rs.getLong("communes"), rs.getLong("assigned"),
                rs.getLong("villages"), rs.getLong("covered"), rs.getLong("village_teams"),
                rs.getLong("commune_teams"), rs.getLong("members"), rs.getLong("trained"), Map.of(), null, null),
                unitId, unitId, unitId, campaignId, campaignId, campaignId);
        if (phaseId == null || children.isEmpty()) {
            return children;
        }
        // Only the children's values and ratings, not every unit's of the drive (a nation has thousands).
        Long[] ids = children.stream().map(UnitFigures::unitId).toArray(Long[]::new);
        Map<Long, Map<String, BigDecimal>> values = values(campaignId, phaseId, ids);
        Map<Long, Object[]> ratings = ratings(campaignId, phaseId, ids);
        return children.stream().map(child -> {
            Object[] rating = ratings.getOrDefault(child.unitId(), new Object[2]);
            return new UnitFigures(child.unitId(), child.name(), child.level(), child.communes(), child.assigned(),
                    child.villages(), child.coveredVillages(), child.villageTeams(), child.communeTeams(),
                    child.members(), child.trainedTeams(), values.getOrDefault(child.unitId(), Map.of()),
                    (String) rating[0], (BigDecimal) rating[1]);
        }).toList();
    }

    /** The sum of the children, with the unit's own values and rating of the phase. */
    public UnitFigures total(long campaignId, long unitId, String name, String level, List<UnitFigures> children,
                             Long phaseId) {
        long[] sums = new long[8];
        for (UnitFigures child : children) {
            sums[0] += child.communes();
            sums[1] += child.assigned();
            sums[2] += child.villages();
            sums[3] += child.coveredVillages();
            sums[4] += child.villageTeams();
            sums[5] += child.communeTeams();
            sums[6] += child.members();
            sums[7] += child.trainedTeams();
        }
        // Only this unit's rows: the children's were read with the children.
        Map<String, BigDecimal> values = phaseId == null ? Map.of()
                : values(campaignId, phaseId, new Long[] {unitId}).getOrDefault(unitId, Map.of());
        Object[] rating = phaseId == null ? new Object[2]
                : ratings(campaignId, phaseId, new Long[] {unitId}).getOrDefault(unitId, new Object[2]);
        return new UnitFigures(unitId, name, level, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                sums[7], values, (String) rating[0], (BigDecimal) rating[1]);
    }

    /** The villages of a commune: whether each has a team, its members, and whether it was trained. */
    @Transactional(readOnly = true)
    public List<VillageFigures> villages(long campaignId, long communeId) {
        return jdbc.query("""
                select g.code, g.name, g.households, t.name as team, t.founded_on,
                       (select count(*) from drive.team_member m where m.team_id = t.id) as members,
                       exists (select 1 from drive.team_training r where r.team_id = t.id) as trained
                from drive.village g left join drive.team t on t.village_id = g.id and t.campaign_id = ?
                where g.commune_id = ? order by g.code""", (rs, row) -> new VillageFigures(rs.getString("code"),
                rs.getString("name"), rs.getInt("households"), rs.getString("team"),
                rs.getObject("founded_on", java.time.LocalDate.class), rs.getLong("members"),
                rs.getBoolean("trained")), campaignId, communeId);
    }

    /** The latest phase of the campaign that has been rolled up, or null. */
    @Transactional(readOnly = true)
    public Long latestRolledUpPhase(long campaignId) {
        return jdbc.queryForList("select p.id from drive.plan_phase p where exists (select 1 from drive.phase_rating r"
                + " where r.campaign_id = ? and r.phase_id = p.id) order by p.position desc limit 1", Long.class,
                campaignId).stream().findFirst().orElse(null);
    }

    /** The values of these units, by unit and indicator code. */
    private Map<Long, Map<String, BigDecimal>> values(long campaignId, long phaseId, Long[] unitIds) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.query("select r.unit_id, i.code, r.value from drive.phase_rollup r join drive.plan_indicator i on i.id ="
                + " r.indicator_id where r.campaign_id = ? and r.phase_id = ? and r.unit_id = any(?)",
                rs -> {
                    values.computeIfAbsent(rs.getLong(1), u -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getBigDecimal(3));
                }, campaignId, phaseId, unitIds);
        return values;
    }

    /** The ratings of these units: rating and lowest attainment. */
    private Map<Long, Object[]> ratings(long campaignId, long phaseId, Long[] unitIds) {
        Map<Long, Object[]> ratings = new HashMap<>();
        jdbc.query("select unit_id, rating, lowest_attainment from drive.phase_rating where campaign_id = ?"
                + " and phase_id = ? and unit_id = any(?)", rs -> {
                    ratings.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getBigDecimal(3)});
                }, campaignId, phaseId, unitIds);
        return ratings;
    }

    /** Overdue tasks of the drive's processes, by the group they wait on, with the agency's or unit's name. */
    @Transactional(readOnly = true)
    public List<OverdueGroup> overdue(String businessKey) {
        return jdbc.query("""
                select l.group_id_ as group_id, coalesce(a.name_vi, u.full_name, l.group_id_) as name,
                       count(distinct t.id_) as tasks, min(t.due_date_) as oldest_due,
                       min(t.id_) as sample_task, min(t.proc_inst_id_) as sample_instance
                from act_ru_task t
                join act_ru_execution e on e.id_ = t.proc_inst_id_
                join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
                left join drive.agency a on 'agency-' || lower(a.code) = l.group_id_
                left join drive.admin_unit u on 'unit-' || lower(u.hierarchy) || '-' || u.code = l.group_id_
                where (e.business_key_ = ? or e.business_key_ like ?) and t.due_date_ < now()
                group by l.group_id_, coalesce(a.name_vi, u.full_name, l.group_id_)
                order by count(distinct t.id_) desc, l.group_id_""", (rs, row) -> new OverdueGroup(
                rs.getString("group_id"), rs.getString("name"), rs.getLong("tasks"),
                rs.getTimestamp("oldest_due").toInstant(), rs.getString("sample_task"),
                rs.getString("sample_instance")), businessKey, businessKey + "/%");
    }

    /** The running lifecycle instance of a drive, for the Cockpit link, or null once it ended. */
    @Transactional(readOnly = true)
    public String lifecycleInstance(String businessKey) {
        return jdbc.queryForList("select e.id_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.business_key_ = ? and e.parent_id_ is null and d.key_ = 'CampaignLifecycleProcess'",
                String.class, businessKey).stream().findFirst().orElse(null);
    }

    public record VillageFigures(String code, String name, int households, String team,
                                 java.time.LocalDate foundedOn, long members, boolean trained) {
    }

    public record OverdueGroup(String groupId, String name, long tasks, java.time.Instant oldestDue,
                               String sampleTask, String sampleInstance) {
    }

    static List<UnitFigures> leaderboard(List<UnitFigures> children) {
        List<UnitFigures> ranked = new ArrayList<>(children);
        ranked.sort((a, b) -> {
            int byAttainment = compare(b.lowestAttainment(), a.lowestAttainment());
            return byAttainment != 0 ? byAttainment : b.coveragePercent().compareTo(a.coveragePercent());
        });
        return ranked;
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
