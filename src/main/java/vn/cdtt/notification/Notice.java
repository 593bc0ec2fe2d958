package vn.cdtt.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** One row of the outbox, as the sender and the administrators' page read it. */
record Notice(long id, NoticeKind kind, String taskId, String recipient, String username, Locale locale,
              String status, String taskName, String driveName, String planReference, String unitName,
              Instant dueAt, String taskKey, String digestOf, int attempts, Instant nextAttemptAt, String lastError,
              Instant createdAt, Instant sentAt) {

    static Notice from(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("task_id"),
                rs.getString("recipient"), rs.getString("username"), Locale.forLanguageTag(rs.getString("locale")),
                rs.getString("status"), rs.getString("task_name"), rs.getString("drive_name"),
                rs.getString("plan_reference"), rs.getString("unit_name"), instant(rs, "due_at"),
                rs.getString("task_key"), rs.getString("digest_of"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
