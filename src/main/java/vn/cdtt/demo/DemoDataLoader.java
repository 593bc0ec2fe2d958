package vn.cdtt.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Village;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.AccessLevel;
import vn.cdtt.organization.Agency;
import vn.cdtt.organization.AgencyRepository;
import vn.cdtt.organization.IdentitySync;
import vn.cdtt.organization.Official;
import vn.cdtt.organization.OfficialRepository;
import vn.cdtt.organization.PasswordSetter;

/**
 * Loads the demo organisation once (Hậu Giang, 2022): its agencies, one fictitious official per agency, synthetic
 * villages, and their Camunda accounts with the published demo password. Only in the demo profile.
 */
@Component
@ConditionalOnProperty(name = "cdtt.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String FILE = "demo/hau-giang-2022.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AdminUnitRepository units;
    private final VillageRepository villages;
    private final AgencyRepository agencies;
    private final OfficialRepository officials;
    private final IdentitySync identitySync;
    private final PasswordSetter passwords;
    private final DemoProperties properties;

    DemoDataLoader(AdminUnitRepository units, VillageRepository villages, AgencyRepository agencies,
                   OfficialRepository officials, IdentitySync identitySync, PasswordSetter passwords,
                   DemoProperties properties) {
        this.units = units;
        this.villages = villages;
        this.agencies = agencies;
        this.officials = officials;
        this.identitySync = identitySync;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (officials.existsByDemoTrue()) {
            log.info("Demo data already loaded");
            return;
        }
        DemoOrganization demo = read();
        AdminUnit province = units.findByHierarchyAndLevelAndCode(demo.hierarchy(), AdminLevel.PROVINCE,
                demo.province()).orElseThrow();
        List<Official> created = new ArrayList<>();
        for (DemoOrganization.ProvincialAgency spec : demo.provincialAgencies()) {
            Agency agency = new Agency(spec.code(), spec.nameVi(), spec.nameEn(), province);
            spec.roles().forEach(r -> agency.assign(r.role(), r.validFrom(), r.validTo()));
            agencies.save(agency);
            DemoOrganization.DemoOfficial o = spec.official();
            Official official = official(o.username(), o.fullName(), agency, o.access(), demo);
            if (o.actsForUnit()) {
                official.actFor(province);
            }
            created.add(official);
        }
        for (AdminUnit district : units.findChildren(province)) {
            created.addAll(localAgencies(demo.districtAgencies(), district, demo));
            for (AdminUnit commune : units.findChildren(district)) {
                created.addAll(localAgencies(demo.communeAgencies(), commune, demo));
                addSyntheticVillages(commune, demo.syntheticVillagesPerCommune());
            }
        }
        officials.saveAll(created);
        identitySync.syncAll();
        created.forEach(o -> passwords.setPassword(o.getUsername(), properties.password()));
        log.info("Demo data loaded: {} agencies, {} officials", agencies.count(), created.size());
    }

    private List<Official> localAgencies(List<DemoOrganization.LocalAgency> specs, AdminUnit unit,
                                         DemoOrganization demo) {
        List<Official> created = new ArrayList<>();
        for (DemoOrganization.LocalAgency spec : specs) {
            Agency agency = new Agency(fill(spec.codePattern(), unit), fill(spec.nameVi(), unit),
                    fill(spec.nameEn(), unit), unit);
            agency.assign(spec.role(), null, null);
            agencies.save(agency);
            Official official = official(fill(spec.usernamePattern(), unit), fill(spec.fullNamePattern(), unit),
                    agency, AccessLevel.OFFICIAL, demo);
            official.actFor(unit);
            created.add(official);
        }
        return created;
    }

    private static Official official(String username, String fullName, Agency agency, AccessLevel access,
                                     DemoOrganization demo) {
        return new Official(username, fullName, username + "@" + demo.mailDomain(), agency, access, true);
    }

    private void addSyntheticVillages(AdminUnit commune, int count) {
        Random random = new Random(Long.parseLong(commune.getCode()));
        for (int i = 1; i <= count; i++) {
            villages.save(new Village(commune, commune.getCode() + "-%02d".formatted(i), "Ấp mẫu " + i,
                    150 + random.nextInt(450), true));
        }
    }

    private static String fill(String pattern, AdminUnit unit) {
        return pattern.replace("{code}", unit.getCode()).replace("{name}", unit.getFullName());
    }

    private static DemoOrganization read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return yaml.readValue(in, DemoOrganization.class);
        }
    }
}
