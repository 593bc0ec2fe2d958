package vn.cdtt.tenancy;

/** The caller asked for a unit of another province. */
public class OutsideProvinceException extends RuntimeException {

    private final String field;
    private final String code;
    private final String name;

    public OutsideProvinceException(String field, String code, String name) {
        super("Unit " + code + " (" + field + ") is outside the caller's province");
        this.field = field;
        this.code = code;
        this.name = name;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
