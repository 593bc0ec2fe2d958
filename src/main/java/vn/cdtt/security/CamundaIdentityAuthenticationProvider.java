package vn.cdtt.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.cdtt.organization.CamundaGroups;
import vn.cdtt.security.login.LoginAttempts;
import vn.cdtt.security.login.LoginClient;
import vn.cdtt.security.login.LoginThrottledException;

/**
 * Checks passwords against Camunda's identity service, so officials have one account for the product and the
 * Camunda webapps, through the login throttle ({@link LoginAttempts}). Authorities: {@code GROUP_<id>} per Camunda group, plus ROLE_ADMIN / ROLE_LEADER / ROLE_OFFICIAL.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final LoginAttempts attempts;

    CamundaIdentityAuthenticationProvider(IdentityService identity, LoginAttempts attempts) {
        this.identity = identity;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String client = authentication.getDetails() instanceof LoginClient login ? login.address()
                : LoginClient.UNKNOWN;
        // Throttled, and an account without a password is a wrong password (never an error naming the account).
        LoginAttempts.Outcome outcome = attempts.attempt(username,
                credentials == null ? null : credentials.toString(), client);
        if (outcome instanceof LoginAttempts.Throttled throttled) {
            throw new LoginThrottledException(throttled.retryAfterSeconds());
        }
        if (!(outcome instanceof LoginAttempts.Success)) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
            switch (group.getId()) {
                case CamundaGroups.ADMINS -> authorities.add(new SimpleGrantedAuthority(Roles.ADMIN));
                case CamundaGroups.LEADERS -> authorities.add(new SimpleGrantedAuthority(Roles.LEADER));
                case CamundaGroups.OFFICIALS -> authorities.add(new SimpleGrantedAuthority(Roles.OFFICIAL));
                default -> { }
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
