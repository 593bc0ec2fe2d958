package vn.cdtt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;

/**
 * A national drive on the 2025 hierarchy for benchmarks. What is real: the 34 provinces and 3,321 communes (loaded by
 * Flyway's V2 from {@code geography/admin-units/vn-units-2025.csv}), the product's plan loading, campaign and
 * processes. What is synthetic, and marked so: ~20 villages per commune ({@code village.synthetic}, codes
 * {@code SYN-nn}), one commune committee agency ({@code SYN-UBND-<code>}) and one official ({@code syn-xa-<code>}) per
 * commune acting for it, the {@code team_establishment} rows that make every commune a reporting unit (process id
 * {@code synthetic}, as if every commune had been given its teams), and, for the dashboard, teams, members and
 * verified report values. Everything is bulk SQL (one INSERT … SELECT each) and idempotent per database.
 */
public final class NationalFixture {

    public static final String PLAN_CODE = "national-bench-2027";
    public static final int PROVINCES_2025 = 34;
    public static final int COMMUNES_2025 = 3321;
    private static final String PLAN_FILE = "bench/national-bench-2027.yaml";
    private static final String COMMUNES = "from drive.admin_unit c where c.hierarchy = 'VN2025' and c.level = 'COMMUNE'";

    private final JdbcTemplate jdbc;
    private final PlanService planService;
    private final PlanRepository plans;
    private final CampaignRepository campaigns;

    public NationalFixture(JdbcTemplate jdbc, PlanService planService, PlanRepository plans,
                           CampaignRepository campaigns) {
        this.jdbc = jdbc;
        this.planService = planService;
        this.plans = plans;
        this.campaigns = campaigns;
    }

    /** Fails unless the product's migration loaded the whole 2025 hierarchy. */
    public void requireHierarchy2025() {
        long provinces = count("select count(*) from drive.admin_unit where hierarchy = 'VN2025' and level = 'PROVINCE'");
        long communes = count("select count(*) " + COMMUNES);
        if (provinces != PROVINCES_2025 || communes != COMMUNES_2025) {
            throw new IllegalStateException("VN2025 hierarchy incomplete: " + provinces + " provinces, " + communes
                    + " communes (Flyway V2 loads geography/admin-units/vn-units-2025.csv)");
        }
    }

    /**
     * Synthetic villages for every 2025 commune, 40-439 households each (spread by a hash of commune and number, so
     * the figures are the same on every run).
     *
     * @return the synthetic villages of the 2025 communes afterwards
     */
    public long syntheticVillages(int perCommune) {
        jdbc.update("insert into drive.village (commune_id, code, name, households, synthetic)"
                + " select c.id, 'SYN-' || lpad(n::text, 2, '0'), 'Thôn ' || n || ' (tổng hợp)',"
                + " 40 + abs(hashtext(c.code || '/' || n)) % 400, true " + communes("cross join generate_series(1, ?) n")
                + " on conflict (commune_id, code) do nothing", perCommune);
        return count("select count(*) from drive.village v join drive.admin_unit c on c.id = v.commune_id"
                + " where c.hierarchy = 'VN2025' and v.synthetic");
    }

    /**
     * One commune committee and one official acting for each 2025 commune, so every report task has a recipient; and a
     * digital department per province ({@code SYN-SKHCN-<code>}, the plan's verifier), as the product routes every
     * verification to the agency playing the plan's role for the unit's province.
     */
    public void syntheticCommuneOfficials() {
        jdbc.update("insert into drive.agency (code, name_vi, name_en, unit_id) select 'SYN-SKHCN-' || p.code,"
                + " 'Sở KH&CN ' || p.full_name || ' (tổng hợp)', p.full_name || ' Department of Science and Technology"
                + " (synthetic)', p.id from drive.admin_unit p where p.hierarchy = 'VN2025' and p.level = 'PROVINCE'"
                + " on conflict (code) do nothing");
        jdbc.update("insert into drive.agency_role (role, agency_id) select 'DIGITAL_DEPT', a.id from drive.agency a"
                + " where a.code like 'SYN-SKHCN-%' and not exists (select 1 from drive.agency_role r"
                + " where r.agency_id = a.id and r.role = 'DIGITAL_DEPT')");
        jdbc.update("insert into drive.agency (code, name_vi, name_en, unit_id) select 'SYN-UBND-' || c.code,"
                + " 'UBND ' || c.full_name || ' (tổng hợp)', c.full_name || ' People''s Committee (synthetic)', c.id "
                + COMMUNES + " on conflict (code) do nothing");
        jdbc.update("insert into drive.official (username, full_name, email, agency_id, access_level)"
                + " select 'syn-xa-' || c.code, 'Cán bộ ' || c.name, 'syn-xa-' || c.code || '@bench.cdtt.invalid',"
                + " a.id, 'OFFICIAL' " + communes("join drive.agency a on a.code = 'SYN-UBND-' || c.code")
                + " on conflict (username) do nothing");
        jdbc.update("insert into drive.official_unit (official_id, unit_id) select o.id, c.id "
                + communes("join drive.official o on o.username = 'syn-xa-' || c.code") + " on conflict do nothing");
    }

    /** An agency (department) with one synthetic official, for a department's queue; returns its username. */
    public String syntheticDepartment(String code, String nameVi, String provinceCode) {
        jdbc.update("insert into drive.agency (code, name_vi, name_en, unit_id) select ?, ?, ?, u.id"
                + " from drive.admin_unit u where u.hierarchy = 'VN2025' and u.level = 'PROVINCE' and u.code = ?"
                + " on conflict (code) do nothing", code, nameVi, code + " (synthetic)", provinceCode);
        String username = "syn-" + code.toLowerCase(java.util.Locale.ROOT);
        jdbc.update("insert into drive.official (username, full_name, email, agency_id, access_level)"
                + " select ?, 'Cán bộ sở (tổng hợp)', ? || '@bench.cdtt.invalid', a.id, 'OFFICIAL'"
                + " from drive.agency a where a.code = ? on conflict (username) do nothing", username, username, code);
        return username;
    }

    /**
     * A new national drive: the benchmark plan (loaded once) and a campaign whose reporting units are all 3,321
     * communes through synthetic team_establishment rows (wave 0).
     */
    public long nationalDrive() {
        try {
            byte[] yaml = new ClassPathResource(PLAN_FILE).getContentAsByteArray();
            planService.load(yaml, "national-bench-2027.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(PLAN_CODE).orElseThrow(),
                "national-" + Long.toString(System.nanoTime(), 36))).getId();
        jdbc.update("insert into drive.team_establishment (campaign_id, commune_id, wave, deadline,"
                + " process_instance_id) select ?, c.id, 0, ?, 'synthetic' " + COMMUNES, campaign,
                Date.valueOf(LocalDate.of(2027, 4, 30)));
        return campaign;
    }

    public List<String> phaseCodes(long campaign) {
        return jdbc.queryForList("select p.code from drive.plan_phase p join drive.campaign c on c.plan_id = p.plan_id"
                + " where c.id = ? order by p.position", String.class, campaign);
    }

    /**
     * Teams as the dashboard counts them: a commune team of 7 for every commune and a village team of 4 in every
     * second synthetic village, each founded in wave 0.
     */
    public void syntheticTeams(long campaign) {
        jdbc.update("insert into drive.team (campaign_id, commune_id, village_id, wave, name, founded_on)"
                + " select ?, c.id, null, 0, 'Tổ CNSCĐ ' || c.name, date '2027-04-20' " + COMMUNES, campaign);
        jdbc.update("insert into drive.team (campaign_id, commune_id, village_id, wave, name, founded_on)"
                + " select ?, v.commune_id, v.id, 0, 'Tổ ' || v.name, date '2027-04-25' from drive.village v"
                + " join drive.admin_unit c on c.id = v.commune_id where c.hierarchy = 'VN2025' and v.synthetic"
                + " and v.id % 2 = 0", campaign);
        jdbc.update("insert into drive.team_member (team_id, position, full_name) select t.id, n, 'Thành viên ' || n"
                + " from drive.team t cross join generate_series(0, 6) n where t.campaign_id = ?"
                + " and (t.village_id is null or n < 4)", campaign);
    }

    /**
     * Marks every report of the phase verified with values spread around the phase's targets (60-119% of each
     * target, by a hash of the unit and indicator), as the verification step would have stored them.
     *
     * @return reports verified
     */
    public int verifyAllReports(long campaign, String phaseCode) {
        jdbc.update("insert into drive.phase_report_value (report_id, indicator_id, value)"
                + " select r.id, t.indicator_id, least(case when i.unit = 'PERCENT' then 100 else 1e9 end,"
                + " round(t.target * (60 + abs(hashtext(r.unit_id || '/' || i.code)) % 60) / 100.0, 2))"
                + " from drive.phase_report r join drive.plan_phase p on p.id = r.phase_id"
                + " join drive.plan_target t on t.phase_id = p.id join drive.plan_indicator i on i.id = t.indicator_id"
                + " where r.campaign_id = ? and p.code = ? on conflict do nothing", campaign, phaseCode);
        return jdbc.update("update drive.phase_report r set status = 'VERIFIED', verified_at = now()"
                + " from drive.plan_phase p where p.id = r.phase_id and r.campaign_id = ? and p.code = ?",
                campaign, phaseCode);
    }

    /** The 2025 communes as {@code c}, with joins. */
    private static String communes(String joins) {
        return "from drive.admin_unit c " + joins + " where c.hierarchy = 'VN2025' and c.level = 'COMMUNE'";
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
