package vn.cdtt.campaign;

import vn.cdtt.engine.Refusals;

/**
 * What a report form takes: a document (its number, title or link, at most 300 characters) and what it says (at
 * most 4,000), both stripped; anything else is refused with the sentence naming that field's label.
 */
record DocumentAnswer(String reference, String summary) {

    static final int MAX_REFERENCE = 300;
    static final int MAX_SUMMARY = 4000;

    static DocumentAnswer of(Object reference, Object summary, Refusals refusals, String referenceRefusal,
                             String summaryRefusal) {
        String document = text(reference, MAX_REFERENCE);
        if (document == null) {
            throw refusals.sentence(referenceRefusal);
        }
        String body = text(summary, MAX_SUMMARY);
        if (body == null) {
            throw refusals.sentence(summaryRefusal);
        }
        return new DocumentAnswer(document, body);
    }

    /** The text stripped, or null when it is no text, blank or longer than {@code max}. */
    static String text(Object value, int max) {
        return value instanceof String text && !text.isBlank() && text.strip().length() <= max ? text.strip() : null;
    }
}
