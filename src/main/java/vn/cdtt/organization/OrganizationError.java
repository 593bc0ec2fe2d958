package vn.cdtt.organization;

import java.util.List;

/** Why part of an organisation file was refused: the field path (e.g. {@code agencies[2].roles[0].role}). */
public record OrganizationError(String path, String messageKey, List<Object> arguments) {

    static OrganizationError of(String path, String messageKey, Object... arguments) {
        return new OrganizationError(path, messageKey, List.of(arguments));
    }
}
