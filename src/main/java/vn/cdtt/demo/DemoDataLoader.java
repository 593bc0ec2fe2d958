package vn.cdtt.demo;

import java.io.IOException;
import java.util.List;
import java.util.Random;

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
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.geography.Village;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.OfficialRepository;
import vn.cdtt.organization.OrganizationImportResult;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.organization.PasswordSetter;

/**
 * Loads the demo once (Hậu Giang, 2022): the organisation file {@value #FILE} through the same import real
 * provinces use, with every official marked demo and given the published demo password, plus synthetic villages.
 */
@Component
@ConditionalOnProperty(name = "cdtt.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String FILE = "demo/hau-giang-2022.yaml";
    private static final String PROVINCE = "93";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganizationImportService organization;
    private final PasswordSetter passwords;
    private final AdminUnitRepository units;
    private final VillageRepository villages;
    private final OfficialRepository officials;
    private final DemoProperties properties;

    DemoDataLoader(OrganizationImportService organization, PasswordSetter passwords, AdminUnitRepository units,
                   VillageRepository villages, OfficialRepository officials, DemoProperties properties) {
        this.organization = organization;
        this.passwords = passwords;
        this.units = units;
        this.villages = villages;
        this.officials = officials;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (officials.existsByDemoTrue()) {
            log.info("Demo data already loaded");
            return;
        }
        byte[] file = new ClassPathResource(FILE).getContentAsByteArray();
        OrganizationImportResult result = organization.importYaml(file, FILE, true);
        result.officials().forEach(username -> passwords.setPassword(username, properties.password()));
        AdminUnit province = units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, AdminLevel.PROVINCE, PROVINCE)
                .orElseThrow();
        List<AdminUnit> communes = units.findCommunesOf(province);
        communes.forEach(commune -> addSyntheticVillages(commune, properties.villagesPerCommune()));
        log.info("Demo data loaded: {} agencies, {} officials, {} synthetic villages", result.agencies(),
                result.officials().size(), communes.size() * properties.villagesPerCommune());
    }

    private void addSyntheticVillages(AdminUnit commune, int count) {
        Random random = new Random(Long.parseLong(commune.getCode()));
        for (int i = 1; i <= count; i++) {
            villages.save(new Village(commune, commune.getCode() + "-%02d".formatted(i), "Ấp mẫu " + i,
                    150 + random.nextInt(450), true));
        }
    }
}
