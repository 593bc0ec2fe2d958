package vn.cdtt.geography;

import java.util.List;

import vn.cdtt.kernel.input.FieldProblem;

/** The file was refused as a whole; nothing was written. */
public class VillageImportException extends RuntimeException {

    private final List<FieldProblem> errors;

    public VillageImportException(List<FieldProblem> errors) {
        super("Village import refused: " + errors.size() + " error(s), first at line " + errors.get(0).line()
                + " (" + errors.get(0).path() + ": " + errors.get(0).messageKey() + ")");
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
