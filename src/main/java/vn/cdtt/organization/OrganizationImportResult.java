package vn.cdtt.organization;

import java.util.List;

/** What an import did; {@code officials} lists every official the file describes, created or updated. */
public record OrganizationImportResult(int agencies, List<String> officials) {
}
