package vn.cdtt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.cdtt.kernel.input.FieldProblem;

/** Renders import errors for people: line, column and a sentence in their language. */
record ImportErrorMessages(MessageSource messages) {

    List<Map<String, Object>> render(List<FieldProblem> errors, Locale locale) {
        return errors.stream().map(error -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", error.line());
            row.put("field", error.path());
            row.put("message", messages.getMessage(error.messageKey(), error.arguments().toArray(), locale));
            return row;
        }).toList();
    }
}
