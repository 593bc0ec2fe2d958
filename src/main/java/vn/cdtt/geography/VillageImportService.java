package vn.cdtt.geography;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.TextCharacters;

/**
 * Imports villages from CSV ({@code code,name,commune_code,households}). The whole file is checked first; one bad
 * line refuses the file and nothing is written. A village already known (same commune and code) is updated.
 */
@Service
public class VillageImportService {

    static final List<String> COLUMNS = List.of("code", "name", "commune_code", "households");
    private static final int MAX_ERRORS = 200;
    /**
     * Quotas no real file reaches: a whole province's villages fit in one file (Quảng Trị had about 1,100 in 2022), and
     * the largest communes after the 2025 mergers have some tens of villages, not hundreds.
     */
    static final int MAX_ROWS = 20_000;
    static final int MAX_VILLAGES_PER_COMMUNE = 300;
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
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        for (Row row : rows) {
            errors.addAll(row.errors());
            AdminUnit commune = communes.get(row.communeCode());
            if (!row.communeCode().isEmpty() && commune == null) {
                errors.add(FieldProblem.atLine(row.line(), "commune_code", "import.village.unknownCommune",
                        row.communeCode(), asOf.toString()));
            } else if (commune != null && !scope.covers(commune)) {
                errors.add(FieldProblem.atLine(row.line(), "commune_code", "import.village.outsideScope",
                        commune.getCode(), commune.getFullName()));
            }
            if (!row.code().isEmpty()) {
                Integer earlier = firstLineOfKey.putIfAbsent(row.communeCode() + "/" + row.code(), row.line());
                if (earlier != null) {
                    errors.add(FieldProblem.atLine(row.line(), "code", "import.village.duplicate", row.code(), earlier));
                }
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new VillageImportException(errors);
        }
        Map<String, Village> existing = villages.findByCommuneIn(communes.values()).stream()
                .collect(Collectors.toMap(v -> v.getCommune().getCode() + "/" + v.getCode(), Function.identity()));
        checkVillagesPerCommune(rows, existing);
        return save(rows, communes, existing);
    }

    /** A commune's villages after the import, known ones and new ones, stay within the quota. */
    private static void checkVillagesPerCommune(List<Row> rows, Map<String, Village> existing) {
        Map<String, Integer> villagesOf = new HashMap<>();
        existing.keySet().forEach(key -> villagesOf.merge(key.substring(0, key.indexOf('/')), 1, Integer::sum));
        for (Row row : rows) {
            if (!existing.containsKey(row.communeCode() + "/" + row.code())
                    && villagesOf.merge(row.communeCode(), 1, Integer::sum) > MAX_VILLAGES_PER_COMMUNE) {
                throw new VillageImportException(List.of(FieldProblem.atLine(row.line(), "commune_code",
                        "import.village.tooManyInCommune", row.communeCode(), MAX_VILLAGES_PER_COMMUNE)));
            }
        }
    }

    private VillageImportResult save(List<Row> rows, Map<String, AdminUnit> communes,
                                     Map<String, Village> existing) {
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
            throw new VillageImportException(List.of(FieldProblem.atLine(lineOfByte(csv, input.position()), "file",
                    "import.village.notUtf8")));
        } catch (CharacterCodingException e) {
            throw new VillageImportException(List.of(FieldProblem.atLine(1, "file", "import.village.notUtf8")));
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
        // Not trimmed by the parser, which would drop control characters at a cell's ends unseen: Row does it.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            checkHeader(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new VillageImportException(List.of(FieldProblem.atLine((int) record.getRecordNumber() + 1,
                            "file", "import.village.tooManyRows", MAX_ROWS)));
                }
                rows.add(Row.of(record));
            }
        } catch (UncheckedIOException e) {
            // Broken quoting in a data line: the parser's iterator wraps its CSVException. The line is the one after
            // the last record read (the header is line 1).
            throw new VillageImportException(List.of(quoting(rows.size() + 2, e.getCause())));
        } catch (IOException e) {
            // Broken quoting in the header line.
            throw new VillageImportException(List.of(quoting(1, e)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a repeated or empty header name this way: the header is wrong.
            throw new VillageImportException(List.of(FieldProblem.atLine(1, "header", "import.village.columns",
                    String.join(",", COLUMNS), text.lines().findFirst().orElse(""))));
        }
        if (rows.isEmpty()) {
            throw new VillageImportException(List.of(FieldProblem.atLine(1, "file", "import.village.empty")));
        }
        return rows;
    }

    /** A quote opened and never closed, or text between a closing quote and the next comma. */
    private static FieldProblem quoting(int line, IOException e) {
        boolean unclosed = String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token");
        return FieldProblem.atLine(line, "line", unclosed ? "import.village.unclosedQuote" : "import.village.badQuote");
    }

    private static void checkHeader(List<String> header) {
        Set<String> actual = header.stream().map(VillageImportService::columnName).collect(
                Collectors.toCollection(TreeSet::new));
        if (header.size() != COLUMNS.size() || !actual.equals(new TreeSet<>(COLUMNS))) {
            throw new VillageImportException(List.of(FieldProblem.atLine(1, "header", "import.village.columns",
                    String.join(",", COLUMNS), String.join(",", header))));
        }
    }

    private static String columnName(String header) {
        return spacesStripped(header).toLowerCase(Locale.ROOT);
    }

    /** Without the spaces around it; any other character at its ends is the cell's own and is checked. */
    private static String spacesStripped(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(start, end);
    }

    /** One data line, already checked for what can be checked without the database. */
    private record Row(int line, String code, String name, String communeCode, int households,
                       List<FieldProblem> errors) {

        static Row of(CSVRecord record) {
            int line = (int) record.getRecordNumber() + 1;
            List<FieldProblem> errors = new ArrayList<>();
            if (!record.isConsistent()) {
                errors.add(FieldProblem.atLine(line, "line", "import.village.columnCount", COLUMNS.size(),
                        record.size()));
                return new Row(line, "", "", "", 0, errors);
            }
            Map<String, String> values = new LinkedHashMap<>();
            record.toMap().forEach((key, value) -> values.put(columnName(key), value));
            Set<String> refused = new java.util.HashSet<>();
            for (String column : COLUMNS) {
                String value = values.getOrDefault(column, "");
                int at = TextCharacters.firstRefused(value, false);
                if (at >= 0) {
                    // A cell is one line of text: no control character, tab or line break, no bidi override.
                    errors.add(FieldProblem.atLine(line, column, "import.village.badCharacter",
                            TextCharacters.codeOf(value, at), TextCharacters.positionOf(value, at)));
                    refused.add(column);
                }
            }
            String code = required(values, "code", MAX_CODE, line, errors, refused);
            String name = required(values, "name", MAX_NAME, line, errors, refused);
            String communeCode = required(values, "commune_code", 8, line, errors, refused);
            int households = refused.contains("households") ? 0
                    : households(values.get("households"), line, errors);
            return new Row(line, code, name, communeCode, households, errors);
        }

        private static String required(Map<String, String> values, String field, int maxLength, int line,
                                       List<FieldProblem> errors, Set<String> refused) {
            if (refused.contains(field)) {
                return "";
            }
            String value = spacesStripped(values.getOrDefault(field, ""));
            if (value.isEmpty()) {
                errors.add(FieldProblem.atLine(line, field, "import.village.required"));
            } else if (value.length() > maxLength) {
                errors.add(FieldProblem.atLine(line, field, "import.village.tooLong", maxLength));
            }
            return value;
        }

        private static int households(String raw, int line, List<FieldProblem> errors) {
            String value = raw == null ? "" : spacesStripped(raw);
            if (value.isEmpty()) {
                errors.add(FieldProblem.atLine(line, "households", "import.village.required"));
                return 0;
            }
            try {
                int households = Integer.parseInt(value);
                if (households < 0) {
                    errors.add(FieldProblem.atLine(line, "households", "import.village.negative", value));
                }
                return households;
            } catch (NumberFormatException e) {
                errors.add(FieldProblem.atLine(line, "households", "import.village.notNumber", value));
                return 0;
            }
        }
    }
}
