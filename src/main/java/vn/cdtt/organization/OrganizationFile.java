package vn.cdtt.organization;

import java.time.LocalDate;
import java.util.List;

import vn.cdtt.geography.Hierarchy;

/**
 * A province's organisation as IT staff describe it in YAML: the provincial agencies with their roles and officials,
 * and agencies generated for every district (three-tier era) and commune. See {@code demo/hau-giang-2022.yaml}.
 * Unit codes are codes of the given hierarchy.
 */
public record OrganizationFile(String province, Hierarchy hierarchy, List<AgencySpec> agencies,
                               List<LocalAgencySpec> perDistrict, List<LocalAgencySpec> perCommune) {

    public OrganizationFile {
        agencies = agencies == null ? List.of() : agencies;
        perDistrict = perDistrict == null ? List.of() : perDistrict;
        perCommune = perCommune == null ? List.of() : perCommune;
    }

    /** An agency of the province (or of the unit named by {@code unit}). */
    public record AgencySpec(String code, String nameVi, String nameEn, String unit, String mailbox,
                             List<RoleSpec> roles, List<OfficialSpec> officials) {
        public AgencySpec {
            roles = roles == null ? List.of() : roles;
            officials = officials == null ? List.of() : officials;
        }
    }

    public record RoleSpec(AgencyRole role, LocalDate validFrom, LocalDate validTo) {
    }

    /** {@code actsFor}: codes of the units the official acts for (may be empty for department staff). */
    public record OfficialSpec(String username, String fullName, String email, AccessLevel access, String locale,
                               List<String> actsFor) {
        public OfficialSpec {
            actsFor = actsFor == null ? List.of() : actsFor;
        }
    }

    /**
     * One agency per district or commune; the patterns take {@code {code}} and {@code {name}} of the unit. The
     * optional official acts for the unit.
     */
    public record LocalAgencySpec(String codePattern, String nameVi, String nameEn, AgencyRole role,
                                  LocalOfficialSpec official) {
    }

    public record LocalOfficialSpec(String usernamePattern, String fullNamePattern, String emailPattern,
                                    AccessLevel access) {
    }
}
