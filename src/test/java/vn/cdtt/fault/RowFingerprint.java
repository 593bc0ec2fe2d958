package vn.cdtt.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row count and an order-independent sum of row hashes of every table in schema {@code drive} and of the engine's
 * runtime tables: any insert, update or delete between two prints shows as a changed table. Web sessions
 * ({@code spring_session*}) are left out: every request records its session's last access there, refused or not.
 */
public final class RowFingerprint {

    /** The engine's runtime state a form submission or a process start could leave behind. */
    private static final List<String> ENGINE_TABLES = List.of("act_ru_task", "act_ru_variable", "act_ru_execution",
            "act_ru_job", "act_ru_incident", "act_ru_identitylink", "act_ru_event_subscr", "act_ge_bytearray",
            "act_re_deployment", "act_id_user", "act_id_group", "act_id_membership");

    private final JdbcTemplate jdbc;
    private final String query;

    public RowFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> tables = new ArrayList<>(jdbc.queryForList("select 'drive.' || table_name from"
                + " information_schema.tables where table_schema = 'drive' and table_type = 'BASE TABLE'"
                + " and table_name not like 'spring\\_session%' order by table_name", String.class));
        ENGINE_TABLES.forEach(table -> tables.add("public." + table));
        this.query = String.join(" union all ", tables.stream().map(table -> "select '" + table + "' as t,"
                + " count(*) || ':' || coalesce(sum(hashtext(r::text)::bigint), 0) as f from " + table + " r")
                .toList());
    }

    public Map<String, String> take() {
        Map<String, String> prints = new LinkedHashMap<>();
        jdbc.query(query, rs -> {
            prints.put(rs.getString(1), rs.getString(2));
        });
        return prints;
    }

    /** The tables whose rows differ. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
    }
}
