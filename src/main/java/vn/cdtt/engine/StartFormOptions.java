package vn.cdtt.engine;

import java.util.Map;

/**
 * Values a start form reads besides its own fields, for the official who opens it (the drive's start form lists the
 * plans that official may start). The engine's start-form variables end here, so Tasklist and REST see the same.
 */
public interface StartFormOptions {

    /** @return the form's variables for this process definition and user; empty when the form is not this one's */
    Map<String, Object> forStart(String processDefinitionKey, String userId);
}
