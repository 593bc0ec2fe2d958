package vn.cdtt.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How each official wants task notices ({@code drive.official.notice_mode}). */
@Component
public class NoticePreferences {

    /** The modes the column allows. */
    public enum Mode {
        /** Each notice as soon as it is written. */
        IMMEDIATE,
        /** One digest a day (escalations still go at once). */
        DIGEST
    }

    private final JdbcTemplate jdbc;

    NoticePreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The official's mode; empty when the user is no official (the administrator, for one). */
    public Optional<Mode> modeOf(String username) {
        List<String> modes = jdbc.queryForList("select notice_mode from drive.official where username = ?",
                String.class, username);
        return modes.isEmpty() ? Optional.empty() : Optional.of(Mode.valueOf(modes.get(0)));
    }

    /**
     * Saves the official's choice.
     *
     * @param mode the name of a {@link Mode}
     * @throws IllegalArgumentException when the mode is unknown; nothing is changed then
     * @return false when the user is no official, so there is nothing to save
     */
    public boolean choose(String username, String mode) {
        Mode chosen = parse(mode);
        return jdbc.update("update drive.official set notice_mode = ? where username = ?", chosen.name(),
                username) > 0;
    }

    static Mode parse(String mode) {
        for (Mode known : Mode.values()) {
            if (known.name().equals(mode)) {
                return known;
            }
        }
        throw new IllegalArgumentException("Unknown notice mode: " + mode);
    }
}
