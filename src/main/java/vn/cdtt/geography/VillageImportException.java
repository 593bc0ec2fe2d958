package vn.cdtt.geography;

import java.util.List;

/** The file was refused as a whole; nothing was written. */
public class VillageImportException extends RuntimeException {

    private final List<ImportError> errors;

    public VillageImportException(List<ImportError> errors) {
        super("Village import refused: " + errors.size() + " error(s), first at line " + errors.get(0).line()
                + " (" + errors.get(0).field() + ": " + errors.get(0).messageKey() + ")");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
