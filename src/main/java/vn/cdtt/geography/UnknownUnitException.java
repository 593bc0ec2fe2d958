package vn.cdtt.geography;

import java.time.LocalDate;

/** No unit carried this code on this date. */
public class UnknownUnitException extends RuntimeException {

    private final String field;
    private final String code;
    private final LocalDate date;

    public UnknownUnitException(String field, String code, LocalDate date) {
        super("No administrative unit with code " + code + " on " + date + " (" + field + ")");
        this.field = field;
        this.code = code;
        this.date = date;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public LocalDate date() {
        return date;
    }
}
