package vn.cdtt.engine;

import java.util.List;
import java.util.Map;

/**
 * The choices a start form's selects offer the official who opens it (the drive's start form lists the plans that
 * official may start). Tasklist gives a Camunda Form start form no variables, so the choices are written into the
 * form itself as the engine serves it ({@link GuardedFormService#getDeployedStartForm}), for Tasklist and REST alike.
 */
public interface StartFormOptions {

    /**
     * @return for each select's key, its choices as form-js reads them ({@code label}, {@code value}); empty when
     *         the form is not this one's
     */
    Map<String, List<Map<String, String>>> choices(String processDefinitionKey, String userId);
}
