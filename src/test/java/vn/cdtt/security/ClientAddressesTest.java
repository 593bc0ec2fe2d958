package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cdtt.security.login.ClientAddressesProbe;

/** Which client address a login counts against: the peer, or behind a trusted proxy the last hop it saw. */
class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverBelieved() {
        ClientAddressesProbe none = new ClientAddressesProbe(List.of());
        assertThat(none.resolve("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        ClientAddressesProbe proxies = new ClientAddressesProbe(List.of("10.0.0.0/8"));
        assertThat(proxies.resolve("198.51.100.1", List.of("203.0.113.7"))).isEqualTo("198.51.100.1");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedEntryIsTheClient() {
        ClientAddressesProbe proxies = new ClientAddressesProbe(List.of("10.0.0.0/8", "127.0.0.1"));
        // The caller wrote "1.1.1.1" itself; the first proxy appended what it saw, 203.0.113.7.
        assertThat(proxies.resolve("127.0.0.1", List.of("1.1.1.1, 203.0.113.7", "10.1.2.3")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.resolve("10.0.0.5", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(proxies.resolve("127.0.0.1", List.of("203.0.113.9:8080"))).isEqualTo("203.0.113.9");
        // Garbage or only proxies: the last trusted hop is all that is known.
        assertThat(proxies.resolve("127.0.0.1", List.of("not-an-address"))).isEqualTo("127.0.0.1");
        assertThat(proxies.resolve("127.0.0.1", List.of("10.9.9.9"))).isEqualTo("10.9.9.9");
        assertThat(proxies.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        ClientAddressesProbe proxies = new ClientAddressesProbe(List.of("127.0.0.1"));
        assertThat(proxies.resolve("127.0.0.1", List.of("cafe"))).isEqualTo("127.0.0.1");
        assertThat(proxies.resolve("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
    }
}
