package vn.cdtt.engine.identity;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's password check, except that an account without a password is a wrong password: Camunda's own check fails
 * on it with an exception (a 500 that tells the caller the account exists). The user row read here is the one the
 * engine's check reads next (the command's entity cache), so this costs no extra query.
 */
@Component
public class PasswordCheck {

    private final ProcessEngineConfigurationImpl engine;

    PasswordCheck(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    public boolean matches(String userId, String password) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
            if (user == null || user.getPassword() == null || user.getPassword().isEmpty()) {
                return false;
            }
            return context.getReadOnlyIdentityProvider().checkPassword(userId, password);
        });
    }
}
