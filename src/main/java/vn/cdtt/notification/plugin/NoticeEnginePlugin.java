package vn.cdtt.notification.plugin;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.EveryUserTask;

/** Adds the notice listener to every user task (picked up by the starter). */
@Component
class NoticeEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskNoticeListener listener;

    NoticeEnginePlugin(TaskNoticeListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.onCreate(configuration, listener);
    }
}
