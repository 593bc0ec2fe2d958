package vn.cdtt.geography;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports villages from CSV ({@code code,name,commune_code,households}). The whole file is checked first; one bad
 * line refuses the file and nothing is written. A village already known (same commune and code) is updated.
 */
@Service
public class VillageImportService {

    static final List<String> COLUMNS = List.of("code", "name", "commune_code", "households");
    private static final int MAX_ERRORS = 200;
    private static final int MAX_CODE = 32;
    private static final int MAX_NAME = 200;

    private final AdminUnitRepository units;
    private final VillageRepository villages;

    VillageImportService(AdminUnitRepository units, VillageRepository villages) {
        this.units = units;
        this.villages = villages;
    }

    /**
     * @param csv   the file's bytes, UTF-8 (a byte-order mark is accepted)
     * @param asOf  the date that decides which hierarchy a commune code belongs to
     * @param scope the communes the importing official may change
     */
    @Transactional
    public VillageImportResult importCsv(byte[] csv, LocalDate asOf, UnitScope scope) {
        String text = decodeUtf8(csv);
        List<Row> rows = parse(text);
        Map<String, AdminUnit> communes = units.findAllValidOn(AdminLevel.COMMUNE,
                        rows.stream().map(Row::communeCode).collect(Collectors.toSet()), asOf).stream()
                .collect(Collectors.toMap(AdminUnit::getCode, Function.identity()));
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        for (Row row : rows) {
            errors.addAll(row.errors());
            AdminUnit commune = communes.get(row.communeCode());
            if (!row.communeCode().isEmpty() && commune == null) {
                errors.add(ImportError.of(row.line(), "commune_code", "import.village.unknownCommune",
                        row.communeCode(), asOf.toString()));
            } else if (commune != null && !scope.covers(commune)) {
                errors.add(ImportError.of(row.line(), "commune_code", "import.village.outsideScope",
                        commune.getCode(), commune.getFullName()));
            }
            if (!row.code().isEmpty()) {
                Integer earlier = firstLineOfKey.putIfAbsent(row.communeCode() + "/" + row.code(), row.line());
                if (earlier != null) {
                    errors.add(ImportError.of(row.line(), "code", "import.village.duplicate", row.code(), earlier));
                }
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new VillageImportException(errors);
        }
        return save(rows, communes);
    }

    private VillageImportResult save(List<Row> rows, Map<String, AdminUnit> communes) {
        Map<String, Village> existing = villages.findByCommuneIn(communes.values()).stream()
                .collect(Collectors.toMap(v -> v.getCommune().getCode() + "/" + v.getCode(), Function.identity()));
        List<Village> created = new ArrayList<>();
        int updated = 0;
        for (Row row : rows) {
            Village known = existing.get(row.communeCode() + "/" + row.code());
            if (known == null) {
                created.add(new Village(communes.get(row.communeCode()), row.code(), row.name(), row.households(),
                        false));
            } else {
                known.update(row.name(), row.households());
                updated++;
            }
        }
        villages.saveAll(created);
        return new VillageImportResult(created.size(), updated);
    }

    private static String decodeUtf8(byte[] csv) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(csv);
        try {
            String text = decoder.decode(input).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new VillageImportException(List.of(ImportError.of(lineOfByte(csv, input.position()), "file",
                    "import.village.notUtf8")));
        } catch (CharacterCodingException e) {
            throw new VillageImportException(List.of(ImportError.of(1, "file", "import.village.notUtf8")));
        }
    }

    /** The 1-based line that holds the byte at this offset. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Row> parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            checkHeader(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(Row.of(record));
            }
            if (rows.isEmpty()) {
                throw new VillageImportException(List.of(ImportError.of(1, "file", "import.village.empty")));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports broken quoting and duplicate header names this way.
            throw new VillageImportException(List.of(ImportError.of(1, "file", "import.village.unreadable",
                    String.valueOf(e.getMessage()))));
        }
    }

    private static void checkHeader(List<String> header) {
        Set<String> actual = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                Collectors.toCollection(TreeSet::new));
        if (header.size() != COLUMNS.size() || !actual.equals(new TreeSet<>(COLUMNS))) {
            throw new VillageImportException(List.of(ImportError.of(1, "header", "import.village.columns",
                    String.join(",", COLUMNS), String.join(",", header))));
        }
    }

    /** One data line, already checked for what can be checked without the database. */
    private record Row(int line, String code, String name, String communeCode, int households,
                       List<ImportError> errors) {

        static Row of(CSVRecord record) {
            int line = (int) record.getRecordNumber() + 1;
            List<ImportError> errors = new ArrayList<>();
            if (!record.isConsistent()) {
                errors.add(ImportError.of(line, "line", "import.village.columnCount", COLUMNS.size(),
                        record.size()));
                return new Row(line, "", "", "", 0, errors);
            }
            Map<String, String> values = new LinkedHashMap<>();
            record.toMap().forEach((key, value) -> values.put(key.toLowerCase(Locale.ROOT), value));
            String code = required(values, "code", MAX_CODE, line, errors);
            String name = required(values, "name", MAX_NAME, line, errors);
            String communeCode = required(values, "commune_code", 8, line, errors);
            int households = households(values.get("households"), line, errors);
            return new Row(line, code, name, communeCode, households, errors);
        }

        private static String required(Map<String, String> values, String field, int maxLength, int line,
                                       List<ImportError> errors) {
            String value = values.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                errors.add(ImportError.of(line, field, "import.village.required"));
            } else if (value.length() > maxLength) {
                errors.add(ImportError.of(line, field, "import.village.tooLong", maxLength));
            }
            return value;
        }

        private static int households(String raw, int line, List<ImportError> errors) {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                errors.add(ImportError.of(line, "households", "import.village.required"));
                return 0;
            }
            try {
                int households = Integer.parseInt(value);
                if (households < 0) {
                    errors.add(ImportError.of(line, "households", "import.village.negative", value));
                }
                return households;
            } catch (NumberFormatException e) {
                errors.add(ImportError.of(line, "households", "import.village.notNumber", value));
                return 0;
            }
        }
    }
}
