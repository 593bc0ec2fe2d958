package vn.cdtt.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' "Sign out" ({@code POST /camunda/api/admin/auth/user/{engine}/logout}) only drops Camunda's own
 * authentication; with single sign-on the next request would restore it from the Spring session. This filter ends the
 * Spring session too. It is mapped behind Camunda's CSRF filter (see {@link WebappSingleSignOn}), so only a sign-out
 * carrying the webapps' X-XSRF-TOKEN gets here, and it acts before Camunda answers, so the session is gone when the
 * browser hears back.
 */
class WebappLogoutFilter extends OncePerRequestFilter {

    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        chain.doFilter(request, response);
    }
}
