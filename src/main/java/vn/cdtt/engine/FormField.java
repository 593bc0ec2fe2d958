package vn.cdtt.engine;

import java.util.List;
import java.util.Map;

/**
 * One field of a deployed Camunda Form, as far as the server checks it: its key, the label officials read, its
 * form-js type, whether it must be filled (and is always shown), its length limit, its fixed options, and for a
 * dynamic list the fields of each row.
 */
record FormField(String key, String label, String type, boolean required, Integer maxLength, List<Object> options,
                 Map<String, FormField> rowFields) {

    boolean isList() {
        return "dynamiclist".equals(type);
    }

    /** A checklist: several of its options chosen at once. */
    boolean isChoiceList() {
        return "checklist".equals(type);
    }

    boolean isMultiLine() {
        return "textarea".equals(type);
    }

    /** What officials read: the label, or the key where the form gives none. */
    String name() {
        return label == null || label.isBlank() ? key : label;
    }
}
