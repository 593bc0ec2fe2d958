package vn.cdtt.engine;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The fan-out idiom once: a child instance per unit, started by its model's key, with a business key that extends
 * the drive's ({@code <drive>/<part>/<part>}) so Cockpit and the dashboard find a drive's children by prefix, and a
 * retry can tell which units were started.
 */
@Component
public class ChildProcesses {

    private final RuntimeService runtime;

    ChildProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @return the id of the started instance */
    public String start(String processKey, String driveBusinessKey, Map<String, Object> variables,
                        String... keyParts) {
        return runtime.startProcessInstanceByKey(processKey, businessKey(driveBusinessKey, keyParts), variables)
                .getId();
    }

    private static String businessKey(String driveBusinessKey, String... keyParts) {
        return driveBusinessKey + "/" + String.join("/", keyParts);
    }
}
