package vn.cdtt.fault;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of bad uploads (YAML plans and organisation files, village CSV) and bad parameter values. Each
 * file is refused for a known reason: where that reason is one field, the answer must name it.
 */
final class BadFiles {

    /** An upload: its bytes, the content type sent, the field the answer must name (null: the file as a whole). */
    record BadFile(String description, byte[] body, String contentType, String field) {

        static BadFile of(String description, String text, String field) {
            return new BadFile(description, text.getBytes(StandardCharsets.UTF_8), "application/yaml", field);
        }

        BadFile as(String type) {
            return new BadFile(description + " as " + type, body, type, field);
        }
    }

    private BadFiles() {
    }

    static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long salt) {
        return BadValues.draw(arbitrary, count, salt);
    }

    /** A valid YAML file broken in one generated way each. */
    static List<BadFile> yaml(String valid, int count, long salt) {
        String[] lines = valid.split("\n", -1);
        List<Integer> topLevel = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && Character.isLetter(lines[i].charAt(0))) {
                topLevel.add(i);
            }
        }
        Arbitrary<BadFile> files = Arbitraries.oneOf(
                Arbitraries.of(
                        BadFile.of("empty body", "", null),
                        BadFile.of("a comment only", "# nothing\n", null),
                        BadFile.of("a list", "- a\n- b\n", null),
                        BadFile.of("a number", "42\n", null),
                        BadFile.of("unclosed bracket", valid.replaceFirst("\n", "\nkey: [unclosed\n"), null),
                        BadFile.of("a tab for indentation", valid.replaceFirst("\n  ", "\n\t"), null),
                        BadFile.of("unclosed quote", insert(lines, topLevel.get(0) + 1, "x: \"open"), null),
                        BadFile.of("aliases that expand a billion times", billionLaughs(), null),
                        BadFile.of("nested 5000 deep", "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n", null),
                        BadFile.of("the first key twice", valid + "\n" + lines[topLevel.get(0)] + "\n",
                                lines[topLevel.get(0)].split(":")[0]),
                        BadFile.of("an unknown hierarchy", valid.replaceFirst("hierarchy: VN2022",
                                "hierarchy: VN1900"), "hierarchy"),
                        BadFile.of("an unknown province", valid.replaceFirst("province: \"\\d+\"",
                                "province: \"99\""), "province"),
                        BadFile.of("a province that is a list", valid.replaceFirst("province: \"\\d+\"",
                                "province: [1, 2]"), "province")),
                // An unknown top-level key at a top-level line break.
                Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12).flatMap(key -> Arbitraries
                        .of(topLevel).map(at -> BadFile.of("unknown key x" + key, insert(lines, at, "x" + key
                                + ": 1"), "x" + key))),
                // A date that is none.
                Arbitraries.of("2022-13-45", "2022-02-30", "31/12/2022", "hôm qua", "0")
                        .map(bad -> BadFile.of("a bad date " + bad, replaceFirstDate(valid, bad), null)),
                // Bytes that are no UTF-8 inside a value, or no text at all.
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200).map(bytes -> new BadFile(
                        "random bytes", bytes, "application/yaml", null)),
                Arbitraries.just(new BadFile("invalid UTF-8 in a value", brokenUtf8(valid), "application/yaml",
                        null)),
                Arbitraries.of("application/json", "text/csv", "application/xml", "image/png")
                        .map(type -> BadFile.of("a valid file", valid, null).as(type)),
                // A control character, tab, line break or bidi override in a value, written as a YAML escape.
                Arbitraries.of(REFUSED_ESCAPES).map(escape -> withEscape(lines, escape)));
        return draw(files, count, salt);
    }

    /** YAML escapes of characters no value may hold: C0, DEL, C1, NEL, tab, line break, bidi overrides. */
    private static final List<String> REFUSED_ESCAPES = List.of("\\0", "\\x01", "\\x1F", "\\x7F", "\\x85",
            "\\x9F", "\\t", "\\n", "\\r", "\\u202A", "\\u202E", "\\u2066", "\\u2069", "\\u200F");
    private static final java.util.regex.Pattern PLAIN_VALUE = java.util.regex.Pattern.compile(
            "^(\\s*(?:- )?)([A-Za-z]\\w*): ([^\\s\"'{\\[#&*!|>][^#]*?)\\s*$");

    /** Every refused escape once, each in its own line of the file: the sweep covers them all, whatever it draws. */
    static List<BadFile> yamlCharacters(String valid) {
        String[] lines = valid.split("\n", -1);
        return REFUSED_ESCAPES.stream().map(escape -> withEscape(lines, escape)).toList();
    }

    /** Every refused character once in a village name, and in a code. */
    static List<BadFile> csvCharacters(String commune) {
        String header = "code,name,commune_code,households\n";
        List<BadFile> files = new ArrayList<>();
        for (String bad : REFUSED_CHARACTERS) {
            files.add(csv("U+%04X in name".formatted((int) bad.charAt(0)), header + "SWC1,Ấp" + bad + "A,"
                    + commune + ",10\n", "name"));
            files.add(csv("U+%04X quoted in code".formatted((int) bad.charAt(0)), header + "\"SWC2" + bad
                    + "\",Ấp," + commune + ",10\n", "code"));
        }
        files.add(csv("a quoted line break in name", header + "SWC3,\"Ấp\nA\"," + commune + ",10\n", "name"));
        return files;
    }

    /** A plain "key: value" line's value quoted, with the escape in its middle; the key must be named. */
    private static BadFile withEscape(String[] lines, String escape) {
        List<Integer> plainLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (PLAIN_VALUE.matcher(lines[i]).matches()) {
                plainLines.add(i);
            }
        }
        // Each escape in another line, the same one every run.
        int at = plainLines.get(REFUSED_ESCAPES.indexOf(escape) * 7 % plainLines.size());
        java.util.regex.Matcher plain = PLAIN_VALUE.matcher(lines[at]);
        plain.matches();
        String value = plain.group(3).replace("\\", "\\\\").replace("\"", "\\\"");
        int half = value.length() / 2;
        String[] copy = lines.clone();
        copy[at] = plain.group(1) + plain.group(2) + ": \"" + value.substring(0, half) + escape
                + value.substring(half) + "\"";
        return BadFile.of("escape " + escape + " in " + plain.group(2) + " (line " + (at + 1) + ")",
                String.join("\n", copy), plain.group(2));
    }

    /** Village CSV lines broken in one generated way each; every good line is in the official's own commune. */
    static List<BadFile> villageCsv(String commune, int count, long salt) {
        String header = "code,name,commune_code,households\n";
        Function<String, String> good = code -> code + ",Ấp " + code + "," + commune + ",120\n";
        Arbitrary<String> code = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)
                .map(s -> "SW" + s.toUpperCase());
        Arbitrary<BadFile> files = Arbitraries.oneOf(
                Arbitraries.of(
                        csv("empty body", "", null),
                        csv("header only", header, null),
                        csv("no header", good.apply("SWX1"), null),
                        csv("wrong columns", "ma,ten,xa,ho\n" + good.apply("SWX2"), null),
                        csv("a column left out", "code,name,households\nSWX3,Ấp,120\n", null),
                        csv("an extra column", header + "SWX4,Ấp,%s,120,thừa\n".formatted(commune), "line"),
                        csv("unclosed quote", header + "SWX5,\"Ấp,%s,120\n".formatted(commune), null),
                        new BadFile("UTF-16", (header + good.apply("SWX6")).getBytes(StandardCharsets.UTF_16),
                                "text/csv", null)),
                code.flatMap(c -> Arbitraries.of(
                        csv("households negative", header + c + ",Ấp," + commune + ",-3\n", "households"),
                        csv("households not a number", header + c + ",Ấp," + commune + ",nhiều\n", "households"),
                        csv("households too big", header + c + ",Ấp," + commune + ",99999999999999\n",
                                "households"),
                        csv("households decimal", header + c + ",Ấp," + commune + ",1.5\n", "households"),
                        csv("households empty", header + c + ",Ấp," + commune + ",\n", "households"),
                        csv("name empty", header + c + ",," + commune + ",10\n", "name"),
                        csv("name huge", header + c + "," + "Ấ".repeat(5000) + "," + commune + ",10\n", "name"),
                        csv("code empty", header + ",Ấp," + commune + ",10\n", "code"),
                        csv("code huge", header + c.repeat(200) + ",Ấp," + commune + ",10\n", "code"),
                        csv("commune unknown", header + c + ",Ấp,99999,10\n", "commune_code"),
                        csv("commune of another official", header + c + ",Ấp,31321,10\n", "commune_code"),
                        csv("commune empty", header + c + ",Ấp,,10\n", "commune_code"),
                        csv("the same village twice", header + good.apply(c) + good.apply(c), "code"),
                        csv("a good line then a bad one", header + good.apply(c) + c + "Z,Ấp," + commune + ",-1\n",
                                "households"))),
                // A control character, tab, line break or bidi override in a cell: the line and column are named.
                code.flatMap(c -> Arbitraries.of(REFUSED_CHARACTERS).flatMap(bad -> Arbitraries.of(
                        csv("U+%04X in name".formatted((int) bad.charAt(0)), header + c + ",Ấp" + bad + "A,"
                                + commune + ",10\n", "name"),
                        csv("U+%04X quoted in name".formatted((int) bad.charAt(0)), header + c + ",\"Ấp" + bad
                                + "A\"," + commune + ",10\n", "name"),
                        csv("U+%04X at the end of code".formatted((int) bad.charAt(0)), header + c + bad + ",Ấp,"
                                + commune + ",10\n", "code"),
                        csv("U+%04X before households".formatted((int) bad.charAt(0)), header + c + ",Ấp," + commune
                                + "," + bad + "10\n", "households")))),
                Arbitraries.of(
                        csv("an unclosed quote on the second line", header + good.apply("SWQ1") + "SWQ2,\"Ấp,"
                                + commune + ",10\n", "line"),
                        csv("text after a closing quote", header + "SWQ3,\"Ấp\" B," + commune + ",10\n", "line")),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200).map(bytes -> new BadFile(
                        "random bytes", bytes, "text/csv", null)),
                Arbitraries.just(new BadFile("invalid UTF-8", brokenUtf8(header + good.apply("SWX7")), "text/csv",
                        null)),
                Arbitraries.of("application/json", "application/yaml", "image/png")
                        .map(type -> csv("a valid file", header + good.apply("SWX8"), null).as(type)));
        return draw(files, count, salt);
    }

    /**
     * Characters no cell may hold (a quoted line break only where it stays inside a quoted cell; bare, it ends the
     * line and leaves a short one, refused too).
     */
    private static final List<String> REFUSED_CHARACTERS = List.of("\u0000", "\u0001", "\u001F", "\u007F",
            "\u0085", "\u009F", "\t", "\u202A", "\u202E", "\u2066", "\u2069", "\u200F");

    /** A ?lang= or cdtt-lang cookie that is no locale the product speaks, or none at all. */
    static final List<String> BAD_LANGS = List.of("../..", "..%2F..", "%00", "a%20b", "-", "_", "%3Cscript%3E",
            "x".repeat(300), "fr", "zh-Hant-TW", "und", "%E2%80%AE");

    /** Page numbers past the last page of any notice list, up to the largest int (an overflowed offset). */
    static final List<String> PAGES_PAST_THE_LAST = List.of("2147483647", "2147483646", "42949673", "42949674",
            "1000000");

    /** Ids in a path or parameter: no number, too big for a long, negative, unknown. */
    static Arbitrary<String> badIds() {
        return Arbitraries.oneOf(
                Arbitraries.of("abc", "1.5", "-1", "0", "99999999999999999999", "1e3", "%20", "null", "0x10",
                        "%F0%9F%98%80"),
                Arbitraries.longs().between(900_000_000L, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
    }

    /** Codes (a commune, a notice mode): none, blank, unknown, huge, injected. */
    static Arbitrary<String> badCodes() {
        return Arbitraries.oneOf(
                Arbitraries.just((String) null),
                Arbitraries.of("", " ", "99999", "DIGEST ", "immediate", "' or 1=1 --", "<script>", "%"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20).map(s -> "X" + s),
                Arbitraries.integers().between(1, 5000).map(n -> "9".repeat(n)));
    }

    static Arbitrary<String> badDates() {
        return Arbitraries.oneOf(
                Arbitraries.of("2022-13-45", "31/12/2022", "2022-02-30", "hôm nay", "2022-06-01T00:00"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.matches("\\d{4}-\\d\\d-\\d\\d")));
    }

    private static BadFile csv(String description, String text, String field) {
        return new BadFile(description, text.getBytes(StandardCharsets.UTF_8), "text/csv", field);
    }

    private static String insert(String[] lines, int at, String line) {
        List<String> copy = new ArrayList<>(List.of(lines));
        copy.add(at, line);
        return String.join("\n", copy);
    }

    /** The first date that is a value, not in a comment. */
    private static String replaceFirstDate(String valid, String bad) {
        return valid.replaceFirst("(?m)^([^#\\n]*: )\\d{4}-\\d\\d-\\d\\d", "$1" + bad);
    }

    private static byte[] brokenUtf8(String valid) {
        byte[] text = valid.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[text.length + 2];
        int at = valid.indexOf('\n') + 1;
        System.arraycopy(text, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        System.arraycopy(text, at, broken, at + 2, text.length - at);
        return broken;
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        return yaml.toString();
    }
}
