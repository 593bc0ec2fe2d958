package vn.cdtt.fault;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * jqwik generators of values that no form field, file or parameter of the product may accept, by the kind of field.
 * Drawn with a fixed seed outside jqwik's own runner, since the Spring context is managed by JUnit 5.
 */
final class BadValues {

    /** A REST variable as Camunda takes it: a value, its type, or nothing at all (the field left out). */
    record Variable(Object value, String type) {
        static final Variable MISSING = new Variable(null, "<missing>");

        static Variable string(String value) {
            return new Variable(value, "String");
        }

        boolean missing() {
            return this == MISSING;
        }

        @Override
        public String toString() {
            String shown = String.valueOf(value);
            return type + ":" + (shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown);
        }
    }

    static final long SEED = 20_260_417L;

    private BadValues() {
    }

    /** Up to {@code count} draws, edge cases first as jqwik mixes them in, reproducible with the seed. */
    static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long salt) {
        // sampleStream() draws from jqwik's thread-local random outside a jqwik property; seed it first.
        SourceOfRandomness.create(Long.toString(SEED ^ salt));
        return arbitrary.sampleStream().limit(count).toList();
    }

    static Arbitrary<String> longText(int maxLength) {
        return Arbitraries.integers().between(maxLength + 1, Math.max(maxLength * 3, 4100))
                .map(length -> "Ư".repeat(length));
    }

    static Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(" \t\n\u00a0").ofMaxLength(5);
    }

    static Arbitrary<Variable> wrongType() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> new Variable(i, "Integer")),
                Arbitraries.longs().map(l -> new Variable(l, "Long")),
                Arbitraries.doubles().map(d -> new Variable(d, "Double")),
                Arbitraries.of(true, false).map(b -> new Variable(b, "Boolean")),
                Arbitraries.just(new Variable(null, "Null")));
    }

    /** Required free text no longer than {@code maxLength}. */
    static Arbitrary<Variable> text(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                blank().map(Variable::string),
                longText(maxLength).map(Variable::string),
                wrongType());
    }

    /** An ISO date as the date pickers send it. */
    static Arbitrary<Variable> date() {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                blank().map(Variable::string),
                Arbitraries.of("31/12/2022", "2022-13-45", "2022-02-30", "2022-6-1", "hôm nay", "2022-06-01T10:00",
                        "0000-00-00", "20220601", "'; drop table drive.campaign; --").map(Variable::string),
                // Out of any drive's range: the first century, the year 10000.
                Arbitraries.of("0001-01-01", "1899-12-31", "+10000-01-01", "9999-12-31").map(Variable::string),
                Arbitraries.strings().ofMaxLength(30).filter(s -> !s.matches("\\d{4}-\\d\\d-\\d\\d"))
                        .map(Variable::string),
                wrongType());
    }

    /** One code of a fixed list. */
    static Arbitrary<Variable> choice(List<String> allowed) {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                blank().map(Variable::string),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)
                        .filter(s -> !allowed.contains(s)).map(Variable::string),
                Arbitraries.of(allowed).map(s -> s.toUpperCase().equals(s) ? s.toLowerCase() : s.toUpperCase())
                        .filter(s -> !allowed.contains(s)).map(Variable::string),
                longText(100).map(Variable::string),
                wrongType());
    }

    /** A whole number with a lower bound (a count of people or votes). */
    static Arbitrary<Variable> count(int min) {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                Arbitraries.integers().lessOrEqual(min - 1).map(i -> new Variable(i, "Integer")),
                Arbitraries.of(2.5, -0.5, Double.NaN, Double.POSITIVE_INFINITY).map(d -> new Variable(d, "Double")),
                Arbitraries.of("mười", "10 người", "", "1,5").map(Variable::string),
                Arbitraries.just(new Variable(null, "Null")));
    }

    /** A number inside a JSON row: what a hand-written request may put there. */
    static Arbitrary<Object> jsonNumber(int min) {
        return Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(min - 1).map(i -> (Object) i),
                Arbitraries.of("mười", "", "NaN", "-").map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(List.of(1, 2)).map(l -> (Object) l));
    }

    /** A code inside a JSON row that is not one of the form's choices. */
    static Arbitrary<Object> jsonCode() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> (Object) ("X" + s)),
                Arbitraries.of("", " ").map(s -> (Object) s),
                Arbitraries.integers().between(-5, 99_999_999).map(i -> (Object) i),
                Arbitraries.of(true).map(b -> (Object) b));
    }

    /** A JSON list variable that is no list of rows. */
    static Arbitrary<Variable> rowsBroken() {
        return Arbitraries.oneOf(
                Arbitraries.just(Variable.MISSING),
                Arbitraries.of("[{", "{\"a\":1}", "42", "\"text\"", "null", "[1,2,3]", "[[]]", "", "[{\"x\":}]",
                        "[" + "[".repeat(2000) + "]".repeat(2000) + "]").map(s -> new Variable(s, "Json")),
                Arbitraries.of("[]").map(s -> new Variable(s, "Json")),
                Arbitraries.of("[{}]", "not json").map(Variable::string),
                wrongType());
    }
}
