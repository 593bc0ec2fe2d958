package vn.cdtt.tenancy;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the drives started before tenants existed their province's tenant, and officials synchronised before then
 * their tenant membership, at every start after the engine is up (idempotent: only rows without a tenant change).
 * Camunda has no API to move an instance to a tenant, so this writes TENANT_ID_ of the engine's runtime and history
 * rows of each drive's instances: the drive's root instance (found by the campaign's business key), the instances the
 * product started for it (found in the product's own tables), and every instance they call (by ROOT_PROC_INST_ID_).
 * One node at a time (a transaction-scoped advisory lock).
 */
@Component
public class TenantBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantBackfill.class);
    /** "cdtt-tnt" in ASCII. */
    private static final long LOCK = 0x636474742d746e74L;

    /** Engine tables with the process instance's id, and the column holding it. */
    private static final Map<String, String> BY_INSTANCE = Map.ofEntries(
            Map.entry("act_ru_execution", "proc_inst_id_"),
            Map.entry("act_ru_task", "proc_inst_id_"),
            Map.entry("act_ru_variable", "proc_inst_id_"),
            Map.entry("act_ru_job", "process_instance_id_"),
            Map.entry("act_ru_incident", "proc_inst_id_"),
            Map.entry("act_ru_ext_task", "proc_inst_id_"),
            Map.entry("act_ru_event_subscr", "proc_inst_id_"),
            Map.entry("act_hi_procinst", "proc_inst_id_"),
            Map.entry("act_hi_actinst", "proc_inst_id_"),
            Map.entry("act_hi_taskinst", "proc_inst_id_"),
            Map.entry("act_hi_varinst", "proc_inst_id_"),
            Map.entry("act_hi_detail", "proc_inst_id_"),
            Map.entry("act_hi_comment", "proc_inst_id_"),
            Map.entry("act_hi_attachment", "proc_inst_id_"),
            Map.entry("act_hi_op_log", "proc_inst_id_"),
            Map.entry("act_hi_incident", "proc_inst_id_"),
            Map.entry("act_hi_job_log", "process_instance_id_"),
            Map.entry("act_hi_ext_task_log", "proc_inst_id_"),
            Map.entry("act_hi_decinst", "proc_inst_id_"));
    /** Engine tables that only know the root process instance. */
    private static final List<String> BY_ROOT = List.of("act_ge_bytearray", "act_hi_identitylink", "act_hi_dec_in",
            "act_hi_dec_out");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProvinceTenants tenants;
    private final TenantMemberships memberships;

    TenantBackfill(JdbcTemplate jdbc, TransactionTemplate transaction, ProvinceTenants tenants,
                   TenantMemberships memberships) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tenants = tenants;
        this.memberships = memberships;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int instances = migrateInstances();
            int officials = migrateMemberships();
            if (instances + officials > 0) {
                log.info("Province tenants given to {} process instances and {} officials", instances, officials);
            }
        } catch (RuntimeException e) {
            log.warn("Province tenants not back-filled at start-up (another node may be doing it): {}",
                    e.getMessage());
        }
    }

    /** @return the process instances that got a tenant */
    public int migrateInstances() {
        Integer moved = transaction.execute(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            jdbc.execute("create temporary table tenant_fix (proc_inst_id varchar(64) primary key,"
                    + " tenant_id varchar(64) not null) on commit drop");
            for (Map<String, Object> campaign : jdbc.queryForList("select id, business_key from drive.campaign")) {
                long id = ((Number) campaign.get("id")).longValue();
                String tenant = tenants.tenantOfCampaign(id).orElse(null);
                if (tenant != null) {
                    collect(id, (String) campaign.get("business_key"), tenant);
                }
            }
            int count = jdbc.queryForObject("select count(*) from tenant_fix", Integer.class);
            if (count == 0) {
                return 0;
            }
            BY_INSTANCE.forEach((table, column) -> jdbc.update("update " + table + " t set tenant_id_ = f.tenant_id"
                    + " from tenant_fix f where t.tenant_id_ is null and t." + column + " = f.proc_inst_id"));
            BY_ROOT.forEach(table -> jdbc.update("update " + table + " t set tenant_id_ = f.tenant_id"
                    + " from tenant_fix f where t.tenant_id_ is null and t.root_proc_inst_id_ = f.proc_inst_id"));
            jdbc.update("update act_ru_identitylink l set tenant_id_ = t.tenant_id_ from act_ru_task t, tenant_fix f"
                    + " where l.tenant_id_ is null and l.task_id_ = t.id_ and t.proc_inst_id_ = f.proc_inst_id");
            return count;
        });
        return moved == null ? 0 : moved;
    }

    /** Every tenant-less instance of one drive: its roots, then everything they call. */
    private void collect(long campaignId, String businessKey, String tenant) {
        String roots = "select e.proc_inst_id_ from act_ru_execution e where e.business_key_ = ?"
                + " and e.id_ = e.proc_inst_id_ and e.super_exec_ is null"
                + " union select h.proc_inst_id_ from act_hi_procinst h where h.business_key_ = ?"
                + " and h.super_process_instance_id_ is null"
                + " union select process_instance_id from drive.team_establishment where campaign_id = ?"
                + " union select process_instance_id from drive.phase_report where campaign_id = ?"
                + " union select process_instance_id from drive.emulation_commitment where campaign_id = ?";
        jdbc.update("insert into tenant_fix (proc_inst_id, tenant_id)"
                + " select e.proc_inst_id_, ? from act_ru_execution e where e.tenant_id_ is null"
                + " and e.root_proc_inst_id_ in (" + roots + ")"
                + " union select h.proc_inst_id_, ? from act_hi_procinst h where h.tenant_id_ is null"
                + " and h.root_proc_inst_id_ in (" + roots + ")"
                + " on conflict do nothing",
                tenant, businessKey, businessKey, campaignId, campaignId, campaignId,
                tenant, businessKey, businessKey, campaignId, campaignId, campaignId);
    }

    /** @return officials who had no tenant yet and now have their province's */
    public int migrateMemberships() {
        List<String> usernames = jdbc.queryForList("select o.username from drive.official o where not exists"
                + " (select 1 from act_id_tenant_member m where m.user_id_ = o.username)"
                + " and exists (select 1 from act_id_user u where u.id_ = o.username)", String.class);
        int synced = 0;
        for (String username : usernames) {
            List<Long> units = jdbc.queryForList("select a.unit_id from drive.official o"
                    + " join drive.agency a on a.id = o.agency_id where o.username = ?"
                    + " union select ou.unit_id from drive.official o"
                    + " join drive.official_unit ou on ou.official_id = o.id where o.username = ?",
                    Long.class, username, username);
            if (!memberships.sync(username, units).isEmpty()) {
                synced++;
            }
        }
        return synced;
    }
}
