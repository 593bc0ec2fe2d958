package vn.cdtt.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the real administrative units of 2022 (three tiers) and 2025 (two tiers) shipped in
 * {@code geography/admin-units}. A Java migration so the data is versioned with the schema and loaded once,
 * identically on every database.
 */
@Component
class AdministrativeUnitsMigration implements JavaMigration {

    static final String DATA_DIR = "geography/admin-units/";
    private static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "load administrative units 2022 and 2025";
    }

    @Override
    public Integer getChecksum() {
        return 20221025;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        insertHierarchy(connection, Hierarchy.VN2022, null, REFORM_2025,
                "thanglequoc/vietnamese-provinces-database v1.0.3.1 (MIT)");
        insertHierarchy(connection, Hierarchy.VN2025, REFORM_2025, null,
                "thanglequoc/vietnamese-provinces-database HEAD 2026 (MIT)");
        Loader loader2022 = new Loader(connection, Hierarchy.VN2022, null, REFORM_2025);
        loader2022.load("vn-units-2022.csv", true);
        loader2022.loadDistrictsWithoutCommunes("vn-districts-without-communes-2022.csv");
        new Loader(connection, Hierarchy.VN2025, REFORM_2025, null).load("vn-units-2025.csv", false);
    }

    private static void insertHierarchy(Connection connection, Hierarchy hierarchy, LocalDate from, LocalDate to,
                                        String source) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into admin_hierarchy (code, tiers, valid_from, valid_to, source) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, hierarchy.name());
            insert.setInt(2, hierarchy.tiers());
            setDate(insert, 3, from);
            setDate(insert, 4, to);
            insert.setString(5, source);
            insert.executeUpdate();
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    /** Inserts one hierarchy: parents first, each once, communes in batches. */
    private static final class Loader {
        private final Connection connection;
        private final Hierarchy hierarchy;
        private final LocalDate validFrom;
        private final LocalDate validTo;
        private final Map<String, Long> provinceIds = new HashMap<>();
        private final Map<String, Long> districtIds = new HashMap<>();

        Loader(Connection connection, Hierarchy hierarchy, LocalDate validFrom, LocalDate validTo) {
            this.connection = connection;
            this.hierarchy = hierarchy;
            this.validFrom = validFrom;
            this.validTo = validTo;
        }

        void load(String file, boolean withDistricts) throws IOException, SQLException {
            try (Reader reader = new InputStreamReader(
                    new ClassPathResource(DATA_DIR + file).getInputStream(), StandardCharsets.UTF_8);
                 PreparedStatement communes = connection.prepareStatement(INSERT_UNIT)) {
                for (CSVRecord row : CSV.parse(reader)) {
                    long parent = provinceId(row);
                    if (withDistricts) {
                        parent = districtId(row, parent);
                    }
                    bind(communes, AdminLevel.COMMUNE, row.get("commune_code"), row.get("commune_full_name"),
                            row.get("commune_full_name"), row.get("commune_type"), parent);
                    communes.addBatch();
                }
                communes.executeBatch();
            }
        }

        /** Island districts have no communes, so the commune-level export cannot carry them. */
        void loadDistrictsWithoutCommunes(String file) throws IOException, SQLException {
            try (Reader reader = new InputStreamReader(
                    new ClassPathResource(DATA_DIR + file).getInputStream(), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSV.parse(reader)) {
                    long province = Objects.requireNonNull(provinceIds.get(row.get("province_code")));
                    districtId(row, province);
                }
            }
        }

        private long provinceId(CSVRecord row) throws SQLException {
            String code = row.get("province_code");
            Long id = provinceIds.get(code);
            if (id == null) {
                String fullName = row.get("province_full_name");
                String type = fullName.startsWith("Thành phố") ? "Municipality" : "Province";
                id = insertReturningId(AdminLevel.PROVINCE, code, row.get("province_name"), fullName, type, null);
                provinceIds.put(code, id);
            }
            return id;
        }

        private long districtId(CSVRecord row, long provinceId) throws SQLException {
            String code = row.get("district_code");
            Long id = districtIds.get(code);
            if (id == null) {
                String fullName = row.get("district_full_name");
                id = insertReturningId(AdminLevel.DISTRICT, code, fullName, fullName, row.get("district_type"),
                        provinceId);
                districtIds.put(code, id);
            }
            return id;
        }

        private long insertReturningId(AdminLevel level, String code, String name, String fullName, String type,
                                       Long parentId) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_UNIT + " returning id")) {
                bind(insert, level, code, name, fullName, type, parentId);
                try (ResultSet keys = insert.executeQuery()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        private void bind(PreparedStatement statement, AdminLevel level, String code, String name, String fullName,
                          String type, Long parentId) throws SQLException {
            statement.setString(1, hierarchy.name());
            statement.setString(2, level.name());
            statement.setString(3, Objects.requireNonNull(code));
            statement.setString(4, name);
            statement.setString(5, fullName);
            statement.setString(6, type);
            if (parentId == null) {
                statement.setNull(7, Types.BIGINT);
            } else {
                statement.setLong(7, parentId);
            }
            setDate(statement, 8, validFrom);
            setDate(statement, 9, validTo);
        }

        private static final String INSERT_UNIT = "insert into admin_unit"
                + " (hierarchy, level, code, name, full_name, unit_type, parent_id, valid_from, valid_to)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }
}
