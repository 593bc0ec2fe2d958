package vn.cdtt.assumption.plugin;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.EveryUserTask;

/** Gives every user task the assumed-due-date note (picked up by the starter). */
@Component
class AssumptionEnginePlugin extends AbstractProcessEnginePlugin {

    private final AssumedDueDateListener listener;

    AssumptionEnginePlugin(AssumedDueDateListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.onCreate(configuration, listener);
    }
}
