package vn.cdtt.demo;

import java.time.LocalDate;
import java.util.List;

import vn.cdtt.geography.Hierarchy;
import vn.cdtt.organization.AccessLevel;
import vn.cdtt.organization.AgencyRole;

/** The demo organisation file ({@code demo/*.yaml}). */
record DemoOrganization(String province, Hierarchy hierarchy, String mailDomain,
                        List<ProvincialAgency> provincialAgencies, List<LocalAgency> districtAgencies,
                        List<LocalAgency> communeAgencies, int syntheticVillagesPerCommune) {

    record ProvincialAgency(String code, String nameVi, String nameEn, List<Role> roles, DemoOfficial official) {
    }

    record Role(AgencyRole role, LocalDate validFrom, LocalDate validTo) {
    }

    record DemoOfficial(String username, String fullName, AccessLevel access, boolean actsForUnit) {
    }

    /** An agency for every district or commune; patterns take {code} and {name} of the unit. */
    record LocalAgency(String codePattern, String nameVi, String nameEn, AgencyRole role, String usernamePattern,
                       String fullNamePattern) {
    }
}
