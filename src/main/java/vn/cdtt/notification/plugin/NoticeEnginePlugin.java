package vn.cdtt.notification.plugin;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the parse listener that adds the notice listener to every user task (picked up by the starter). */
@Component
class NoticeEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskNoticeListener listener;

    NoticeEnginePlugin(TaskNoticeListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new NoticeParseListener(listener));
    }
}
