package vn.cdtt.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FileRefusedException;
import vn.cdtt.kernel.input.YamlFiles;
import vn.cdtt.organization.OrganizationFile.AgencySpec;
import vn.cdtt.organization.OrganizationFile.LocalAgencySpec;
import vn.cdtt.organization.OrganizationFile.OfficialSpec;
import vn.cdtt.organization.OrganizationFile.RoleSpec;
import vn.cdtt.plan.Plan;

/**
 * Loads a province's organisation file: agencies, their roles with validity dates, officials and the units they act
 * for, then mirrors them into Camunda. The whole file is checked first; any error refuses it and nothing changes.
 * Agencies and officials are matched by code and username, so loading a corrected file again updates them.
 */
@Service
public class OrganizationImportService {

    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    /** Camunda ids must match the engine's whitelist; we keep them lower-case and readable. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AdminUnitRepository units;
    private final AgencyRepository agencies;
    private final OfficialRepository officials;
    private final IdentitySync identitySync;

    OrganizationImportService(AdminUnitRepository units, AgencyRepository agencies, OfficialRepository officials,
                              IdentitySync identitySync) {
        this.units = units;
        this.agencies = agencies;
        this.officials = officials;
        this.identitySync = identitySync;
    }

    /** @param demo marks every official of the file as fictitious demo data */
    @Transactional
    public OrganizationImportResult importYaml(byte[] yaml, String fileName, boolean demo) {
        OrganizationFile file = YamlFiles.read(yaml, fileName, OrganizationFile.class);
        Plan plan = new Planner(file).plan();
        if (!plan.errors.isEmpty()) {
            throw new FileRefusedException(fileName, plan.errors);
        }
        Map<String, Agency> savedAgencies = new HashMap<>();
        for (PlannedAgency planned : plan.agencies.values()) {
            savedAgencies.put(planned.code, saveAgency(planned));
        }
        List<String> usernames = new ArrayList<>();
        for (PlannedOfficial planned : plan.officials.values()) {
            saveOfficial(planned, savedAgencies.get(planned.agencyCode), demo);
            usernames.add(planned.username);
        }
        officials.flush();
        identitySync.grantWebappAccess();
        usernames.forEach(identitySync::syncOfficial);
        return new OrganizationImportResult(savedAgencies.size(), usernames);
    }

    private Agency saveAgency(PlannedAgency planned) {
        Agency agency = agencies.findByCode(planned.code)
                .orElseGet(() -> new Agency(planned.code, planned.nameVi, planned.nameEn, planned.unit));
        agency.rename(planned.nameVi, planned.nameEn, planned.unit, planned.mailbox);
        agency.clearRoles();
        agencies.saveAndFlush(agency);
        planned.roles.forEach(role -> agency.assign(role.role(), role.validFrom(), role.validTo()));
        return agencies.save(agency);
    }

    private void saveOfficial(PlannedOfficial planned, Agency agency, boolean demo) {
        Locale locale = Locale.forLanguageTag(planned.locale);
        Official official = officials.findByUsername(planned.username).orElseGet(() -> new Official(
                planned.username, planned.fullName, planned.email, agency, planned.access, demo));
        official.update(planned.fullName, planned.email, agency, planned.access, locale);
        official.clearUnits();
        planned.actsFor.forEach(official::actFor);
        officials.save(official);
    }

    private record PlannedAgency(String code, String nameVi, String nameEn, AdminUnit unit, String mailbox,
                                 List<RoleSpec> roles) {
    }

    private record PlannedOfficial(String username, String fullName, String email, AccessLevel access,
                                   String locale, String agencyCode, List<AdminUnit> actsFor) {
    }

    private static final class Plan {
        final Map<String, PlannedAgency> agencies = new LinkedHashMap<>();
        final Map<String, PlannedOfficial> officials = new LinkedHashMap<>();
        final List<FieldProblem> errors = new ArrayList<>();
    }

    /** Checks the file against the database and expands the per-district and per-commune agencies. */
    private final class Planner {
        private final OrganizationFile file;
        private final Plan plan = new Plan();
        private final Set<String> agencyCodes = new HashSet<>();
        private AdminUnit province;

        Planner(OrganizationFile file) {
            this.file = file;
        }

        Plan plan() {
            if (file.hierarchy() == null) {
                error("hierarchy", "file.required");
            }
            if (blank(file.province())) {
                error("province", "file.required");
            } else if (file.hierarchy() != null) {
                province = units.findByHierarchyAndLevelAndCode(file.hierarchy(), AdminLevel.PROVINCE,
                        file.province().strip()).orElse(null);
                if (province == null) {
                    error("province", "file.unknownUnit", file.province(), file.hierarchy());
                }
            }
            if (province == null) {
                return plan;
            }
            for (int i = 0; i < file.agencies().size(); i++) {
                planAgency("agencies[" + i + "]", file.agencies().get(i));
            }
            if (!file.perDistrict().isEmpty() && !file.hierarchy().hasDistricts()) {
                error("perDistrict", "org.noDistricts", file.hierarchy());
            } else {
                List<AdminUnit> districts = units.findChildren(province);
                for (int i = 0; i < file.perDistrict().size(); i++) {
                    planLocal("perDistrict[" + i + "]", file.perDistrict().get(i), districts);
                }
            }
            List<AdminUnit> communes = units.findCommunesOf(province);
            for (int i = 0; i < file.perCommune().size(); i++) {
                planLocal("perCommune[" + i + "]", file.perCommune().get(i), communes);
            }
            return plan;
        }

        private void planAgency(String path, AgencySpec spec) {
            String code = agencyCode(path + ".code", spec.code());
            requireText(path + ".nameVi", spec.nameVi());
            requireText(path + ".nameEn", spec.nameEn());
            AdminUnit unit = blank(spec.unit()) ? province : unitInProvince(path + ".unit", spec.unit());
            if (spec.mailbox() != null && !EMAIL.matcher(spec.mailbox()).matches()) {
                error(path + ".mailbox", "org.badEmail", spec.mailbox());
            }
            List<RoleSpec> roles = spec.roles();
            for (int j = 0; j < roles.size(); j++) {
                checkRole(path + ".roles[" + j + "]", roles.get(j).role(), roles.get(j).validFrom(),
                        roles.get(j).validTo());
            }
            if (code != null && unit != null) {
                plan.agencies.put(code, new PlannedAgency(code, spec.nameVi(), spec.nameEn(), unit, spec.mailbox(),
                        roles));
            }
            for (int k = 0; k < spec.officials().size(); k++) {
                OfficialSpec o = spec.officials().get(k);
                String officialPath = path + ".officials[" + k + "]";
                List<AdminUnit> actsFor = new ArrayList<>();
                for (int u = 0; u < o.actsFor().size(); u++) {
                    AdminUnit acted = unitInProvince(officialPath + ".actsFor[" + u + "]", o.actsFor().get(u));
                    if (acted != null) {
                        actsFor.add(acted);
                    }
                }
                planOfficial(officialPath, o.username(), o.fullName(), o.email(), o.access(), o.locale(), code,
                        actsFor);
            }
        }

        private void planLocal(String path, LocalAgencySpec spec, List<AdminUnit> localUnits) {
            if (blank(spec.codePattern()) || !spec.codePattern().contains("{code}")) {
                error(path + ".codePattern", "org.patternNeedsCode");
                return;
            }
            requireText(path + ".nameVi", spec.nameVi());
            requireText(path + ".nameEn", spec.nameEn());
            checkRole(path + ".role", spec.role(), null, null);
            var official = spec.official();
            if (official != null) {
                if (blank(official.usernamePattern()) || !official.usernamePattern().contains("{code}")) {
                    error(path + ".official.usernamePattern", "org.patternNeedsCode");
                    return;
                }
                requireText(path + ".official.fullNamePattern", official.fullNamePattern());
                requireText(path + ".official.emailPattern", official.emailPattern());
            }
            int errorsBefore = plan.errors.size();
            for (AdminUnit unit : localUnits) {
                String code = agencyCode(path + ".codePattern", fill(spec.codePattern(), unit));
                if (code == null || plan.errors.size() > errorsBefore) {
                    return; // one pattern error is enough, not one per commune
                }
                plan.agencies.put(code, new PlannedAgency(code, fill(spec.nameVi(), unit), fill(spec.nameEn(), unit),
                        unit, null, spec.role() == null ? List.of() : List.of(new RoleSpec(spec.role(), null, null))));
                if (official != null) {
                    String username = fill(official.usernamePattern(), unit);
                    planOfficial(path + ".official", username, fill(official.fullNamePattern(), unit),
                            fill(official.emailPattern(), unit).replace("{username}", username),
                            official.access() == null ? AccessLevel.OFFICIAL : official.access(), null, code,
                            List.of(unit));
                    if (plan.errors.size() > errorsBefore) {
                        return;
                    }
                }
            }
        }

        private void planOfficial(String path, String username, String fullName, String email, AccessLevel access,
                                  String locale, String agencyCode, List<AdminUnit> actsFor) {
            boolean ok = true;
            if (blank(username)) {
                ok = error(path + ".username", "file.required");
            } else if (!USERNAME.matcher(username).matches()) {
                ok = error(path + ".username", "org.badUsername", username);
            } else if (plan.officials.containsKey(username)) {
                ok = error(path + ".username", "file.duplicate", username);
            }
            ok &= requireText(path + ".fullName", fullName);
            if (blank(email)) {
                ok = error(path + ".email", "file.required");
            } else if (!EMAIL.matcher(email).matches()) {
                ok = error(path + ".email", "org.badEmail", email);
            }
            if (access == null) {
                ok = error(path + ".access", "file.required");
            }
            String language = blank(locale) ? "vi" : locale.strip();
            if (!language.equals("vi") && !language.equals("en")) {
                ok = error(path + ".locale", "org.badLocale", locale);
            }
            if (ok && agencyCode != null) {
                plan.officials.put(username, new PlannedOfficial(username, fullName.strip(), email.strip(), access,
                        language, agencyCode, actsFor));
            }
        }

        private String agencyCode(String path, String code) {
            if (blank(code)) {
                error(path, "file.required");
                return null;
            }
            if (!AGENCY_CODE.matcher(code).matches()) {
                error(path, "org.badAgencyCode", code);
                return null;
            }
            if (!agencyCodes.add(code.toUpperCase(Locale.ROOT))) {
                error(path, "file.duplicate", code);
                return null;
            }
            return code;
        }

        private void checkRole(String path, AgencyRole role, LocalDate from, LocalDate to) {
            if (role == null) {
                error(path + (path.endsWith(".role") ? "" : ".role"), "file.required");
            }
            if (from != null && to != null && !from.isBefore(to)) {
                error(path + ".validTo", "file.endBeforeStart", from, to);
            }
        }

        private AdminUnit unitInProvince(String path, String code) {
            List<AdminUnit> found = units.findByHierarchyAndCode(file.hierarchy(), code.strip());
            if (found.isEmpty()) {
                error(path, "file.unknownUnit", code, file.hierarchy());
                return null;
            }
            AdminUnit unit = found.get(0);
            if (UnitScope.within(Set.of(province.getId())).covers(unit)) {
                return unit;
            }
            error(path, "file.outsideProvince", code, province.getFullName());
            return null;
        }

        private boolean requireText(String path, String value) {
            return blank(value) ? error(path, "file.required") : true;
        }

        private boolean error(String path, String key, Object... arguments) {
            plan.errors.add(FieldProblem.of(path, key, arguments));
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String fill(String pattern, AdminUnit unit) {
        return pattern.replace("{code}", unit.getCode()).replace("{name}", unit.getFullName());
    }
}
