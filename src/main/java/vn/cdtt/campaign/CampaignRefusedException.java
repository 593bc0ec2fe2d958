package vn.cdtt.campaign;

import java.util.List;

/** A campaign cannot start as asked; the message key and arguments say why, for the official's language. */
public class CampaignRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public CampaignRefusedException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
