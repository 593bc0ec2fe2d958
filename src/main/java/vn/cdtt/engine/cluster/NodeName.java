package vn.cdtt.engine.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the engine (Camunda's "hostname"): it is written to every job log entry (ACT_HI_JOB_LOG) and to
 * the metrics, and it starts the job executor's lock owner (ACT_RU_JOB.LOCK_OWNER_, otherwise a bare UUID), so an
 * operator sees which node ran or holds a job.
 * {@code cdtt.cluster.node-name} (env {@code CDTT_NODE_NAME}), else the machine's name. Camunda's default (IP address
 * and engine name) is the same for two nodes on one machine.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    NodeName(@Value("${cdtt.cluster.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? machineName() : configured.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(name);
        log.info("Cluster node name: {}", name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            // Still unique per JVM should two nodes be given the same name.
            configuration.getJobExecutor().setLockOwner(name + "/" + UUID.randomUUID());
        }
    }

    String name() {
        return name;
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
