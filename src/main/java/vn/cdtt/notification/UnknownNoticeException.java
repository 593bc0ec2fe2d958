package vn.cdtt.notification;

/** No notice has this id. */
public class UnknownNoticeException extends RuntimeException {

    private final long id;

    public UnknownNoticeException(long id) {
        super("No notice with id " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
