package vn.cdtt.security.login;

import java.io.Serializable;

/** The client address of a login, as Spring Security's authentication details (see {@link ClientAddresses}). */
public record LoginClient(String address) implements Serializable {

    public static final String UNKNOWN = "unknown";
}
