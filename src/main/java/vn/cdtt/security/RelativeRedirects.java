package vn.cdtt.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects after login go to a path of this application, never to a host: the page asked for before logging in is
 * remembered as a full URL, built from the request's {@code Host} header, which the caller writes. The browser keeps
 * the scheme and host it used (https behind a TLS proxy).
 */
class RelativeRedirects implements RedirectStrategy {

    private final DefaultRedirectStrategy relative = new DefaultRedirectStrategy();

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        relative.sendRedirect(request, response, pathOf(url, request.getContextPath()));
    }

    static String pathOf(String url, String contextPath) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "/";
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return url;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
