package vn.cdtt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.cdtt.support.AppNode;

/**
 * Two nodes of the packaged jar started at the same moment on one EMPTY PostgreSQL database, as a fresh cluster
 * starts: both must come up (Flyway's lock, {@link EngineStartupLock} for Camunda's schema and admin user, Camunda's
 * deployment lock with deployChangedOnly), the models are deployed once, a session made on one node works on the other
 * (product pages and the Camunda webapps' single sign-on) and ends on both, and both job executors run jobs.
 */
@Tag("fault")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final String NODE_1 = "cluster-node-1";
    private static final String NODE_2 = "cluster-node-2";
    private static final String PROBE = "ClusterProbeProcess";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LOCK_TAKEN = Pattern.compile("Engine start-up lock taken after (\\d+) ms");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static EmptyDatabase database;
    private static JdbcTemplate jdbc;
    private static AppNode node1;
    private static AppNode node2;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        database = EmptyDatabase.create();
        jdbc = new JdbcTemplate(database.dataSource());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where table_schema in ('public', 'drive')", Integer.class)).as("tables before the start").isZero();

        // Same moment: both JVMs launched back to back, then awaited in parallel.
        node1 = AppNode.start(NODE_1, AppNode.freePort(), database.node(), Map.of("cdtt.cluster.node-name", NODE_1));
        node2 = AppNode.start(NODE_2, AppNode.freePort(), database.node(), Map.of("cdtt.cluster.node-name", NODE_2));
        CompletableFuture<AppNode> up1 = CompletableFuture.supplyAsync(() -> awaitUp(node1));
        CompletableFuture<AppNode> up2 = CompletableFuture.supplyAsync(() -> awaitUp(node2));
        CompletableFuture.allOf(up1, up2).join();
        for (AppNode node : List.of(node1, node2)) {
            System.out.printf("FAULT cluster start-up %s %.1f s on an empty database, engine start-up lock waited"
                    + " %s ms%n", node.name(), node.startUpTime().toMillis() / 1000.0, lockWait(node));
        }
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (AppNode node : new AppNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void eachModelIsDeployedOnceThoughBothNodesDeployedIt() throws IOException {
        Set<String> shipped;
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            shipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> deployments = jdbc.queryForList("select id_ from act_re_deployment", String.class);
        assertThat(deployments).as("deployments after two nodes deployed the same models").hasSize(1);
        Set<String> deployed = new TreeSet<>(jdbc.queryForList(
                "select name_ from act_ge_bytearray where deployment_id_ = ?", String.class, deployments.get(0)));
        assertThat(deployed).as("resources of the one deployment").isEqualTo(shipped);

        Map<String, Integer> versions = versionsByKey("act_re_procdef");
        Map<String, Integer> decisionVersions = versionsByKey("act_re_decision_def");
        assertThat(versions).as("process definitions").isNotEmpty();
        assertThat(versions).as("versions of each process definition key").allSatisfy((key, count) ->
                assertThat(count).as(key).isEqualTo(1));
        assertThat(decisionVersions).as("versions of each decision key").allSatisfy((key, count) ->
                assertThat(count).as(key).isEqualTo(1));
        assertThat(jdbc.queryForObject("select max(version_) from act_re_procdef", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Integer.class))
                .as("the admin user both nodes create when missing").isEqualTo(1);
        System.out.printf("FAULT cluster deployments %d, resources %d, process definitions %d, decisions %d,"
                + " all version 1%n", deployments.size(), deployed.size(), versions.size(), decisionVersions.size());
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneNodeWorksOnTheOtherAndEndsOnBoth() throws Exception {
        assertThat(get(node2, "/admin/notices", null).statusCode()).as("node 2 without a session").isEqualTo(302);
        assertThat(get(node2, "/camunda/api/engine/engine/default/user/admin/profile", null).statusCode())
                .as("the webapps' API on node 2 without a session").isEqualTo(401);

        String session = logIn(node1);
        HttpResponse<String> notices = get(node2, "/admin/notices", session);
        assertThat(notices.statusCode()).as("an admin page on node 2 with node 1's session").isEqualTo(200);
        assertThat(notices.body()).doesNotContain("name=\"password\"");
        HttpResponse<String> profile = get(node2, "/camunda/api/engine/engine/default/user/admin/profile", session);
        assertThat(profile.statusCode()).as("the webapps' API on node 2 (single sign-on)").isEqualTo(200);
        assertThat(profile.body()).contains("\"id\":\"admin\"");
        assertThat(storedSessions(session)).as("node 1's session in the database").isEqualTo(1);

        // The product's logout on node 2, with the CSRF token node 2 rendered from the shared session.
        Matcher csrf = CSRF_FIELD.matcher(notices.body());
        assertThat(csrf.find()).as("the logout form's CSRF token").isTrue();
        HttpResponse<String> logout = post(node2, "/logout", session, "_csrf=" + encode(csrf.group(1)), Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?logout"));
        HttpResponse<String> after = get(node1, "/admin/notices", session);
        assertThat(after.statusCode()).as("node 1 after logging out on node 2").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login"));
        assertThat(storedSessions(session)).as("the session in the database after the logout").isZero();
        System.out.println("FAULT cluster session: logged in on node 1, admin page and webapp API on node 2 (200),"
                + " logged out on node 2, node 1 sends to /login, session row gone");
    }

    @Test
    @Order(3)
    void theWebappsCsrfTokenAndSignOutWorkAcrossNodes() throws Exception {
        String session = logIn(node2);
        // Opening Tasklist hands the user to the webapps (single sign-on) and gets their CSRF token.
        HttpResponse<String> tasklist = get(node2, "/camunda/app/tasklist/default/", session);
        assertThat(tasklist.statusCode()).as("Tasklist on node 2").isEqualTo(200);
        String xsrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
                () -> new AssertionError("no X-XSRF-TOKEN from node 2: " + tasklist.headers().map()));
        assertThat(get(node1, "/camunda/api/admin/auth/user/default", session).statusCode())
                .as("the webapps' user on node 1").isEqualTo(200);

        List<String> attributes = jdbc.queryForList("select a.attribute_name from drive.spring_session_attributes a"
                + " join drive.spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?"
                + " order by 1", String.class, sessionId(session));
        assertThat(attributes).as("attributes of a session used by the product and the webapps")
                .contains("SPRING_SECURITY_CONTEXT", "authenticatedUser", "CAMUNDA_CSRF_TOKEN");
        System.out.println("FAULT cluster session attributes stored (serialized) in PostgreSQL: " + attributes);

        // Camunda keeps its CSRF token in the session: node 1 accepts the token node 2 handed out.
        HttpResponse<String> signOut = post(node1, "/camunda/api/admin/auth/user/default/logout", session, "",
                Map.of("X-XSRF-TOKEN", xsrf));
        assertThat(signOut.statusCode()).as("the webapps' sign-out on node 1 with node 2's token").isEqualTo(200);
        assertThat(get(node2, "/", session).statusCode()).as("node 2 after the sign-out on node 1").isEqualTo(302);
        assertThat(get(node2, "/camunda/api/admin/auth/user/default", session).statusCode()).isEqualTo(401);
        assertThat(storedSessions(session)).isZero();
        System.out.println("FAULT cluster webapps: CSRF token from node 2 accepted by node 1, sign-out on node 1"
                + " ended the session on node 2");
    }

    @Test
    @Order(4)
    void bothJobExecutorsRunJobs() throws Exception {
        HttpResponse<String> deployment = deployProbe(node1);
        assertThat(deployment.statusCode()).as(deployment.body()).isEqualTo(200);

        Map<String, Integer> jobsByNode = Map.of();
        int started = 0;
        for (int round = 1; round <= 10 && jobsByNode.size() < 2; round++) {
            // Half the instances on each node: each node's job executor hears of the jobs it created first.
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> start = post(i % 2 == 0 ? node1 : node2,
                        "/engine-rest/process-definition/key/" + PROBE + "/start", null, "{}",
                        Map.of("Content-Type", "application/json", "Authorization", adminBasic()));
                assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
                started++;
            }
            awaitNoProbeJobs();
            jobsByNode = successfulProbeJobsByNode();
        }
        System.out.printf("FAULT cluster jobs: %d probe instances started over REST on both nodes, successful jobs"
                + " by node %s%n", started, jobsByNode);
        assertThat(jobsByNode.keySet()).as("nodes whose job executor ran a probe job").containsExactlyInAnyOrder(
                NODE_1, NODE_2);
        assertThat(jobsByNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(started);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution", Integer.class))
                .as("probe instances still running").isZero();
    }

    // ---- helpers

    private static AppNode awaitUp(AppNode node) {
        try {
            return node.awaitUp(START_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lockWait(AppNode node) {
        try {
            // The log is appended to across runs; this run starts at its last "=== <name>" line.
            String log = Files.readString(node.log());
            Matcher taken = LOCK_TAKEN.matcher(log.substring(Math.max(0, log.lastIndexOf("=== " + node.name()))));
            return taken.find() ? taken.group(1) : "?";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> versionsByKey(String table) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select key_, count(*) from " + table + " group by key_",
                (java.sql.ResultSet row) -> {
                    counts.put(row.getString(1), row.getInt(2));
                });
        return counts;
    }

    /** Logs in as the admin through the product's form login; returns the session cookie's value. */
    private static String logIn(AppNode node) throws IOException, InterruptedException {
        HttpResponse<String> page = get(node, "/login", null);
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String anonymous = sessionCookie(page).orElseThrow(() -> new AssertionError("no session for the login form"));
        HttpResponse<String> login = post(node, "/login", anonymous, "username=admin&password="
                + encode(AppNode.ADMIN_PASSWORD) + "&_csrf=" + encode(csrf.group(1)), Map.of());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain(
                "/login"));
        // Spring Security gives the session a new id on login.
        return sessionCookie(login).orElseThrow(() -> new AssertionError("no new session id after the login"));
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    /** How many sessions the database holds for the cookie (Spring Session writes the id Base64-encoded). */
    private static int storedSessions(String cookie) {
        return jdbc.queryForObject("select count(*) from drive.spring_session where session_id = ?", Integer.class,
                sessionId(cookie));
    }

    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }

    private static HttpResponse<String> get(AppNode node, String path, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.url(path)).timeout(Duration.ofSeconds(30)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(AppNode node, String path, String session, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.url(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST /engine-rest/deployment/create (multipart) with the probe model, as the admin. */
    private static HttpResponse<String> deployProbe(AppNode node) throws IOException, InterruptedException {
        String boundary = "cdtt-cluster-probe";
        byte[] model = Files.readAllBytes(Path.of("src/test/resources/processes/cluster-probe.bpmn"));
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "cluster-probe\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\";"
                + " filename=\"cluster-probe.bpmn\"\r\nContent-Type: application/xml\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        List<byte[]> parts = new ArrayList<>(List.of(head.getBytes(StandardCharsets.UTF_8), model,
                tail.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(node.url("/engine-rest/deployment/create"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", adminBasic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitNoProbeJobs() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Integer left = jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?",
                    Integer.class, PROBE);
            if (left == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("probe jobs still waiting after 60 s");
    }

    /** Successful probe jobs per node, by the hostname Camunda writes to the job log. */
    private static Map<String, Integer> successfulProbeJobsByNode() {
        Map<String, Integer> byNode = new TreeMap<>();
        // job_state_ 2: successful (Camunda's JobState.SUCCESSFUL).
        jdbc.query("select hostname_, count(*) from act_hi_job_log where process_def_key_ = ? and job_state_ = 2"
                + " group by hostname_", (java.sql.ResultSet row) -> {
                    byNode.put(row.getString(1), row.getInt(2));
                }, PROBE);
        return byNode;
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + AppNode.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A new, empty database: on the PostgreSQL server of SPRING_DATASOURCE_URL when the run has one (as CI's second
     * pass), otherwise on an embedded PostgreSQL started for this test.
     */
    private record EmptyDatabase(AppNode.Database node, SingleConnectionDataSource dataSource,
            EmbeddedPostgres embedded, Runnable drop) implements AutoCloseable {

        static EmptyDatabase create() throws IOException, SQLException {
            String serverUrl = System.getenv("SPRING_DATASOURCE_URL");
            if (serverUrl == null || serverUrl.isBlank()) {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100")
                        .setLocaleConfig("encoding", "UTF8").start();
                AppNode.Database node = new AppNode.Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                        "");
                return new EmptyDatabase(node, connect(node), postgres, () -> { });
            }
            String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "");
            String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
            String name = "cdtt_cluster_" + System.currentTimeMillis();
            try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
                admin.createStatement().execute("create database " + name);
            }
            AppNode.Database node = new AppNode.Database(serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                    user, password);
            SingleConnectionDataSource dataSource = connect(node);
            return new EmptyDatabase(node, dataSource, null, () -> {
                dataSource.destroy();
                try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
                    admin.createStatement().execute("drop database if exists " + name);
                } catch (SQLException e) {
                    System.out.println("FAULT cluster could not drop " + name + ": " + e.getMessage());
                }
            });
        }

        private static SingleConnectionDataSource connect(AppNode.Database node) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(node.url(), node.username(),
                    node.password(), true);
            dataSource.setAutoCommit(true);
            return dataSource;
        }

        @Override
        public void close() throws IOException {
            dataSource.destroy();
            drop.run();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
