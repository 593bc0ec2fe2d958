package vn.cdtt.security;

import org.springframework.security.core.Authentication;

/** Spring Security authorities derived from Camunda group membership. */
public final class Roles {

    public static final String ADMIN = "ROLE_ADMIN";
    public static final String LEADER = "ROLE_LEADER";
    public static final String OFFICIAL = "ROLE_OFFICIAL";

    private Roles() {
    }

    public static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
    }
}
