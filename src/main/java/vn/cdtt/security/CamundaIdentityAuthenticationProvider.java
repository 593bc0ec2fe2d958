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

/**
 * Checks passwords against Camunda's identity service, so officials have one account for the product and the
 * Camunda webapps. Authorities: {@code GROUP_<id>} per Camunda group, plus ROLE_ADMIN / ROLE_LEADER / ROLE_OFFICIAL.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null
                || !identity.checkPassword(username, credentials.toString())) {
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
