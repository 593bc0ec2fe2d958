package vn.cdtt.security.login;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins in {@code drive.login_throttle}, so every node sees the same counts and they survive a restart. The
 * hot path is one indexed read per attempt ({@link #check}) and one upsert per failure ({@link #failed}); all times
 * are the database's, so nodes with skewed clocks agree.
 */
@Component
public class LoginThrottle {

    /** The account column of a row that counts a client address across all accounts. */
    static final String ANY_ACCOUNT = "";
    static final int ACCOUNT_KEY_LENGTH = 100;

    /** What the rows say about one login attempt. */
    public record State(long waitSeconds, boolean accountRow) {
    }

    /** A row as the administrators' page shows it. */
    public record Row(String account, String client, int failures, Instant firstFailure, Instant lastFailure,
                      Instant blockedUntil, boolean blocked) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final LoginThrottleProperties settings;

    LoginThrottle(NamedParameterJdbcTemplate jdbc, LoginThrottleProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public State check(String account, String client) {
        return jdbc.query("""
                select account, greatest(0, ceil(extract(epoch from blocked_until - now())))::bigint as wait
                  from drive.login_throttle
                 where (client = :client and account = :account) or (client = :network and account = '')
                """, keys(account, client), rows -> {
            long wait = 0;
            boolean accountRow = false;
            while (rows.next()) {
                wait = Math.max(wait, rows.getLong("wait"));
                accountRow |= !rows.getString("account").isEmpty();
            }
            return new State(wait, accountRow);
        });
    }

    /** Counts a failure for the account at this address and for the address alone, in one statement. */
    public void failed(String account, String client) {
        String failures = "(case when t.last_failure_at < now() - make_interval(secs => :forget) then 1"
                + " else t.failures + 1 end)";
        String free = "(case when t.account = '' then :freeAddress else :freeAccount end)";
        jdbc.update("""
                insert into drive.login_throttle as t
                       (account, client, failures, first_failure_at, last_failure_at, blocked_until)
                values (:account, :client, 1, now(), now(), null), ('', :network, 1, now(), now(), null)
                on conflict (client, account) do update set
                       failures = %1$s,
                       first_failure_at = case when t.last_failure_at < now() - make_interval(secs => :forget)
                                               then now() else t.first_failure_at end,
                       last_failure_at = now(),
                       blocked_until = case when %1$s >= %2$s
                                            then now() + make_interval(secs => least(
                                                 :base * power(2, least(%1$s - %2$s, 40)), :max))
                                            end
                """.formatted(failures, free), keys(account, client)
                .addValue("forget", (double) settings.forgetAfter().toMillis() / 1000)
                .addValue("freeAccount", settings.freeFailuresPerAccount())
                .addValue("freeAddress", settings.freeFailuresPerAddress())
                .addValue("base", (double) settings.baseDelay().toMillis() / 1000)
                .addValue("max", (double) settings.maxDelay().toMillis() / 1000));
    }

    /** A right password forgets the account's failures at this address; the address's own count stays. */
    public void succeeded(String account, String client) {
        jdbc.update("delete from drive.login_throttle where client = :client and account = :account",
                keys(account, client));
    }

    public List<Row> rows(int limit) {
        return jdbc.query("""
                select account, client, failures, first_failure_at, last_failure_at, blocked_until,
                       coalesce(blocked_until > now(), false) as blocked
                  from drive.login_throttle order by last_failure_at desc limit :limit
                """, new MapSqlParameterSource("limit", limit), (rs, i) -> new Row(rs.getString("account"),
                rs.getString("client"), rs.getInt("failures"), instant(rs.getTimestamp("first_failure_at")),
                instant(rs.getTimestamp("last_failure_at")), instant(rs.getTimestamp("blocked_until")),
                rs.getBoolean("blocked")));
    }

    /** Forgets every failure of the account, from every address. */
    public int unlockAccount(String account) {
        return jdbc.update("delete from drive.login_throttle where account = :account and account <> ''",
                new MapSqlParameterSource("account", accountKey(account)));
    }

    /** Forgets the failures counted against an address across accounts. */
    public int unlockAddress(String client) {
        return jdbc.update("delete from drive.login_throttle where client = :client and account = ''",
                new MapSqlParameterSource("client", client));
    }

    /** Counts whose last failure is long forgotten and that block nothing: kept small without anyone's help. */
    @Scheduled(fixedDelayString = "${cdtt.security.login-throttle.clean-up-interval:PT1H}",
            initialDelayString = "${cdtt.security.login-throttle.clean-up-interval:PT1H}")
    public void cleanUp() {
        jdbc.update("""
                delete from drive.login_throttle
                 where last_failure_at < now() - make_interval(secs => :forget)
                   and (blocked_until is null or blocked_until < now())
                """, new MapSqlParameterSource("forget", (double) settings.forgetAfter().toMillis() / 1000));
    }

    private static MapSqlParameterSource keys(String account, String client) {
        return new MapSqlParameterSource("account", accountKey(account)).addValue("client", client)
                .addValue("network", network(client));
    }

    /** Case-folded and bounded: "HG-XA-1" and "hg-xa-1" share one count, and a huge name fits the column. */
    static String accountKey(String account) {
        String key = account.strip().toLowerCase(Locale.ROOT);
        return key.length() > ACCOUNT_KEY_LENGTH ? key.substring(0, ACCOUNT_KEY_LENGTH) : key;
    }

    /**
     * The key an address is counted under across accounts: an IPv4 address itself, an IPv6 address's /64 (one
     * subscriber usually holds a whole /64, so counting single IPv6 addresses would bound nothing).
     */
    static String network(String client) {
        if (client.indexOf(':') < 0) {
            return client;
        }
        try {
            byte[] bytes = InetAddress.getByName(client).getAddress();
            if (bytes.length != 16) {
                return client;
            }
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return client;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
