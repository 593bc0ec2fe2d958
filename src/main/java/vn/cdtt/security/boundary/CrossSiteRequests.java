package vn.cdtt.security.boundary;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cdtt.security.ProblemResponses;

/**
 * {@code /api} and {@code /engine-rest} take HTTP Basic, which a browser may have cached; a page on another site could
 * then post to them with the official's credentials. A browser marks such posts: their {@code Origin} is the other
 * site's (or {@code null}), and without a CORS preflight they can only carry {@code text/plain}, form or multipart
 * bodies. So a changing request whose Origin is not this application's is refused (403), and so is a
 * {@code text/plain} body (415), which no endpoint here reads. Calls from scripts and tools carry no Origin.
 */
class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String applicationOrigin;
    private final MessageSource messages;

    CrossSiteRequests(String baseUrl, MessageSource messages) {
        this.applicationOrigin = origin(URI.create(baseUrl));
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            if (isForeign(request)) {
                refuse(request, response, HttpStatus.FORBIDDEN, "CrossSiteRequest", "request.crossSite");
                return;
            }
            if (isPlainText(request.getContentType())) {
                refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                        "request.plainText");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Sent by a browser from another site: its Origin is neither the configured base URL's nor this request's own. */
    private boolean isForeign(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        return !origin.equalsIgnoreCase(applicationOrigin) && !origin.equalsIgnoreCase(own);
    }

    private static boolean isPlainText(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.TEXT_PLAIN);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** scheme://host[:port] as a browser writes it in Origin (no default port). */
    static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port < 0 || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                        String key) throws IOException {
        ProblemResponses.write(request, response, status, type, messages.getMessage(key, null, request.getLocale()),
                Map.of());
    }
}
