package vn.cdtt.tenancy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The one place that knows Camunda tenant ids: one tenant per province of today's map, {@code province-<code>} (e.g.
 * {@code province-92}). A unit of an earlier hierarchy belongs to its province's successor: the province of the latest
 * hierarchy that holds most of its communes' codes (the 2025 reform kept one merged commune's code), so Hậu Giang
 * (93, 2022) is {@code province-92} (Cần Thơ). Administrative units never change after their migration, so the map is
 * read once per node. Uses JDBC only: the engine's tenant id provider calls it while the engine is being built.
 */
@Service
public class ProvinceTenants {

    public static final String PREFIX = "province-";

    private final JdbcTemplate jdbc;
    private volatile Map<Long, Successor> byProvinceId;

    ProvinceTenants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A province of today's map: its tenant id and full name. */
    public record Successor(String tenantId, String name) {
    }

    public static boolean isProvinceTenant(String tenantId) {
        return tenantId != null && tenantId.startsWith(PREFIX);
    }

    /** The tenant of any unit (province, district or commune, of any hierarchy); empty for an unknown id. */
    public Optional<Successor> ofUnit(long unitId) {
        List<Long> province = jdbc.queryForList("select coalesce(gp.id, p.id, u.id) from drive.admin_unit u"
                + " left join drive.admin_unit p on u.parent_id = p.id"
                + " left join drive.admin_unit gp on p.parent_id = gp.id where u.id = ?", Long.class, unitId);
        return province.isEmpty() ? Optional.empty() : Optional.ofNullable(provinces().get(province.get(0)));
    }

    public Optional<String> tenantOfUnit(long unitId) {
        return ofUnit(unitId).map(Successor::tenantId);
    }

    /** The tenant of the latest version of a plan, by the plan's province. */
    public Optional<String> tenantOfPlan(String planCode) {
        List<Long> province = jdbc.queryForList("select province_id from drive.campaign_plan where code = ?"
                + " order by version desc limit 1", Long.class, planCode);
        return province.stream().findFirst().map(id -> provinces().get(id)).map(Successor::tenantId);
    }

    /** The tenant of a drive, by its plan's province (product tables, never a process variable). */
    public Optional<String> tenantOfCampaign(long campaignId) {
        List<Long> province = jdbc.queryForList("select p.province_id from drive.campaign c"
                + " join drive.campaign_plan p on p.id = c.plan_id where c.id = ?", Long.class, campaignId);
        return province.stream().findFirst().map(id -> provinces().get(id)).map(Successor::tenantId);
    }

    /** Province unit id (every hierarchy) to the province of today's map that succeeds it. */
    Map<Long, Successor> provinces() {
        Map<Long, Successor> map = byProvinceId;
        if (map == null) {
            map = load();
            byProvinceId = map;
        }
        return map;
    }

    private Map<Long, Successor> load() {
        String latest = jdbc.queryForObject("select code from drive.admin_hierarchy"
                + " order by valid_from desc nulls last limit 1", String.class);
        Map<String, Successor> latestByCode = new HashMap<>();
        Map<Long, Successor> map = new HashMap<>();
        jdbc.query("select id, code, full_name from drive.admin_unit where hierarchy = ? and level = 'PROVINCE'",
                rs -> {
                    Successor own = new Successor(PREFIX + rs.getString("code"), rs.getString("full_name"));
                    latestByCode.put(rs.getString("code"), own);
                    map.put(rs.getLong("id"), own);
                }, latest);
        // Earlier provinces: the latest province holding most of their communes' codes (ties: the lower code).
        jdbc.query("select p_old.id, p_new.code, count(*) as shared from drive.admin_unit c_old"
                + " join drive.admin_unit d_old on c_old.parent_id = d_old.id"
                + " join drive.admin_unit p_old on p_old.id = coalesce(d_old.parent_id, d_old.id)"
                + " join drive.admin_unit c_new on c_new.hierarchy = ? and c_new.level = 'COMMUNE'"
                + " and c_new.code = c_old.code"
                + " join drive.admin_unit p_new on p_new.id = c_new.parent_id"
                + " where c_old.hierarchy <> ? and c_old.level = 'COMMUNE'"
                + " group by p_old.id, p_new.code order by p_old.id, shared desc, p_new.code", rs -> {
                    map.putIfAbsent(rs.getLong("id"), latestByCode.get(rs.getString("code")));
                }, latest, latest);
        // A province of an earlier map whose communes all got new codes keeps the tenant of its own code.
        jdbc.query("select id, code from drive.admin_unit where hierarchy <> ? and level = 'PROVINCE'", rs -> {
            Successor same = latestByCode.get(rs.getString("code"));
            if (same != null) {
                map.putIfAbsent(rs.getLong("id"), same);
            }
        }, latest);
        return Map.copyOf(map);
    }
}
