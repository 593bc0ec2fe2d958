package vn.cdtt.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One application node: the packaged jar ({@code target/cdtt-drive-*.jar}, built by {@code package} before failsafe
 * runs) started as its own JVM on a given port and database, as a cluster node runs in production. Used by the
 * cluster, fault and benchmark ITs: they start nodes, kill them with SIGKILL, and read their start-up time and peak
 * resident memory. Each node logs to {@code target/nodes/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

    /** Where a node's database is; taken from the test's own data source so nodes share the test's PostgreSQL. */
    public record Database(String url, String username, String password) {

        public static Database of(DataSource dataSource) {
            HikariDataSource hikari = (HikariDataSource) dataSource;
            return new Database(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword() == null ? "" : hikari.getPassword());
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final long startedNanos;
    private Duration startUpTime;

    private AppNode(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts a node with production settings (no demo profile) on the database, the admin password
     * {@link #ADMIN_PASSWORD}, and {@code properties} as command-line arguments ({@code --key=value}), which win
     * over the defaults given here.
     */
    public static AppNode start(String name, int port, Database database, Map<String, String> properties)
            throws IOException {
        Path log = Path.of("target", "nodes", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + properties.getOrDefault("Xmx", "768m"),
                "-XX:+UseSerialGC", "-jar", jar().toString()));
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("server.port", String.valueOf(port));
        arguments.put("server.address", "127.0.0.1");
        arguments.put("cdtt.base-url", "http://127.0.0.1:" + port);
        arguments.putAll(properties);
        arguments.remove("Xmx");
        arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("CDTT_"));
        env.put("SPRING_DATASOURCE_URL", database.url());
        env.put("SPRING_DATASOURCE_USERNAME", database.username());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        env.put("CDTT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Files.writeString(log, "=== " + name + " " + String.join(" ", command) + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long started = System.nanoTime();
        return new AppNode(name, port, log, builder.start(), started);
    }

    /** The admin password every node gets (a test value; nodes never run the demo profile). */
    public static final String ADMIN_PASSWORD = "Test@Kiemthu-2026";

    /** Waits until the node answers its health check; fails with the log's tail when it dies or times out. */
    public AppNode awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + logTail());
            }
            if (healthy()) {
                startUpTime = Duration.ofNanos(System.nanoTime() - startedNanos);
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not up within " + timeout + "\n" + logTail());
    }

    public boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** From launching the JVM to the first healthy answer. */
    public Duration startUpTime() {
        return startUpTime;
    }

    /** The node's peak resident set size (VmHWM) so far, in bytes, read from /proc. */
    public long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for " + name);
    }

    /** CPU time (user and system) the node's JVM has used so far: load-independent cost of the work it did. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** SIGKILL: the JVM gets no chance to finish anything, as when a machine loses power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A TCP port free on the loopback interface right now. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "cdtt-drive-*.jar")) {
            for (Path jar : jars) {
                String file = jar.getFileName().toString();
                if (!file.endsWith("-sources.jar") && !file.endsWith("-javadoc.jar")) {
                    return jar.toAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("target/cdtt-drive-*.jar missing: run through `./mvnw verify` (package first)");
    }
}
