package vn.cdtt.security.login;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client address a login is counted against. The direct peer, unless it is one of the configured trusted proxies
 * ({@code cdtt.security.trusted-proxies}: addresses or CIDR ranges, none by default); then the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy, i.e. the last hop a trusted proxy saw. A caller's own header is
 * never believed: anyone can write X-Forwarded-For, only our proxies' appended entries are theirs.
 */
@Component
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpAddressMatcher> trusted;

    public ClientAddresses(@Value("${cdtt.security.trusted-proxies:}") List<String> trustedProxies) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        for (String proxy : trustedProxies) {
            if (proxy != null && !proxy.isBlank()) {
                matchers.add(new IpAddressMatcher(proxy.strip()));
            }
        }
        this.trusted = List.copyOf(matchers);
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /** Whether the direct peer of this request is one of the trusted proxies. */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        String peer = normalise(request.getRemoteAddr());
        return peer != null && isTrusted(peer);
    }

    /** Authentication details carrying the client address, for the form login and HTTP Basic on /api. */
    public AuthenticationDetailsSource<HttpServletRequest, LoginClient> details() {
        return request -> new LoginClient(of(request));
    }

    /** The client behind {@code peer}, given the X-Forwarded-For header lines in the order received. */
    String resolve(String peer, List<String> forwardedFor) {
        String client = normalise(peer);
        if (client == null || !isTrusted(client)) {
            return client == null ? "unknown" : client;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normalise(hops.get(i));
            if (hop == null) {
                // Not an address: nothing a trusted proxy wrote. The last trusted hop is all we know.
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        for (IpAddressMatcher matcher : trusted) {
            if (matcher.matches(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP literal without port or brackets, in its canonical form; null for anything else (no DNS look-up). */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            address = end < 0 ? address : address.substring(1, end);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')
                && address.indexOf('.') > 0) {
            address = address.substring(0, address.indexOf(':'));
        }
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                && java.util.Arrays.stream(address.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        boolean ipv6 = address.length() <= 45 && address.contains(":") && address.matches("[0-9A-Fa-f.:]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            // A dotted quad or a colon form: parsed as a literal, never looked up.
            return java.net.InetAddress.getByName(address).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
