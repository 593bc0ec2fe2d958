package vn.cdtt.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Sets an official's password in Camunda's identity service, where Camunda's password policy applies. */
@Service
public class PasswordSetter {

    private final IdentityService identity;

    PasswordSetter(IdentityService identity) {
        this.identity = identity;
    }

    public void setPassword(String username, String password) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("unknown user " + username);
        }
        user.setPassword(password);
        identity.saveUser(user);
    }
}
