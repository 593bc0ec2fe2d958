package vn.cdtt.organization;

import java.util.List;

/** The organisation file was refused as a whole; nothing was written. */
public class OrganizationImportException extends RuntimeException {

    private final String file;
    private final List<OrganizationError> errors;

    OrganizationImportException(String file, List<OrganizationError> errors) {
        super("Organisation file " + file + " refused: " + errors.get(0).path() + ": " + errors.get(0).messageKey()
                + " " + errors.get(0).arguments() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)"
                : ""));
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    public String file() {
        return file;
    }

    public List<OrganizationError> errors() {
        return errors;
    }
}
