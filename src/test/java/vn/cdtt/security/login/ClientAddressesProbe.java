package vn.cdtt.security.login;

import java.util.List;

/** Opens {@link ClientAddresses#resolve} to the tests of vn.cdtt.security. */
public final class ClientAddressesProbe {

    private final ClientAddresses addresses;

    public ClientAddressesProbe(List<String> trustedProxies) {
        this.addresses = new ClientAddresses(trustedProxies);
    }

    public String resolve(String peer, List<String> forwardedFor) {
        return addresses.resolve(peer, forwardedFor);
    }
}
