package vn.cdtt.security.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.cdtt.security.login.ClientAddresses;

/**
 * Behind a TLS proxy the application sees plain HTTP. When one of the trusted proxies
 * ({@code cdtt.security.trusted-proxies}) says the browser used https ({@code X-Forwarded-Proto: https}), the request is
 * secure for everything after this filter: the session cookie is marked {@code Secure}, HSTS is sent, and URLs built
 * from the request use https. The header from anyone else is ignored. (Spring's own forwarded-header support would
 * believe any caller, and Tomcat's takes proxies as a regular expression, not the CIDR ranges configured here.)
 */
class ForwardedHttps extends OncePerRequestFilter {

    private final ClientAddresses clients;

    ForwardedHttps(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean https = "https".equalsIgnoreCase(firstValue(request.getHeader("X-Forwarded-Proto")));
        chain.doFilter(https && !request.isSecure() && clients.fromTrustedProxy(request)
                ? new SecureRequest(request, port(request.getHeader("X-Forwarded-Port"))) : request, response);
    }

    /** A proxy chain may list one protocol per hop; the first is the browser's. */
    private static String firstValue(String header) {
        return header == null ? null : header.split(",")[0].strip();
    }

    private static int port(String header) {
        String value = firstValue(header);
        if (value != null && value.matches("\\d{1,5}")) {
            int port = Integer.parseInt(value);
            if (port > 0 && port <= 65535) {
                return port;
            }
        }
        return 443;
    }

    private static final class SecureRequest extends HttpServletRequestWrapper {

        private final int port;

        SecureRequest(HttpServletRequest request, int port) {
            super(request);
            this.port = port;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer("https://").append(getServerName());
            if (port != 443) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
