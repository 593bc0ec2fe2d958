package vn.cdtt.campaign.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.engine.Variables;

/**
 * What the approval and revision tasks show, for the model's input mappings
 * ({@code ${deliverablesView.table(campaignId)}}): every deliverable as the approver's table reads it, the
 * assignments the approver may return, and the note on one returned.
 */
@Component("deliverablesView")
public class DeliverablesView {

    private final AssignmentDeliverables deliverables;

    DeliverablesView(AssignmentDeliverables deliverables) {
        this.deliverables = deliverables;
    }

    public JsonValue table(long campaignId) {
        return Variables.json(deliverables.of(campaignId).stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", d.name());
            row.put("reference", d.reference());
            row.put("summary", d.summary());
            row.put("revision", d.revision());
            return row;
        }).toList());
    }

    public JsonValue returnOptions(long campaignId) {
        return Variables.json(deliverables.of(campaignId).stream()
                .map(d -> Map.of("value", d.code(), "label", d.name())).toList());
    }

    public List<String> returned(long campaignId) {
        return deliverables.returnedCodes(campaignId);
    }

    public String returnNote(long campaignId, String code) {
        return deliverables.returnNote(campaignId, code);
    }
}
