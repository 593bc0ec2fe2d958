package vn.cdtt.engine;

import static org.camunda.bpm.engine.impl.util.EnsureUtil.ensureValidIndividualResourceId;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default authorizations, except that a user and a filter's owner may only READ their own record: with
 * ALL an official could rename themselves, set any e-mail or delete their account, and write a filter whose stored
 * query the engine then evaluates. Administrators keep their group-wide grants.
 */
public class ReadOnlyOwnerAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        ensureValidIndividualResourceId("Cannot create default authorization for user " + user.getId(), user.getId());
        return new AuthorizationEntity[] {
                createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
    }

    @Override
    public AuthorizationEntity[] newFilter(Filter filter) {
        if (filter.getOwner() == null) {
            return null;
        }
        ensureValidIndividualResourceId("Cannot create default authorization for filter owner " + filter.getOwner(),
                filter.getOwner());
        return new AuthorizationEntity[] {
                createGrantAuthorization(filter.getOwner(), null, Resources.FILTER, filter.getId(), Permissions.READ)};
    }
}
