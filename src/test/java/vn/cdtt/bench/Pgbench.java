package vn.cdtt.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own pgbench (the Debian package's binary) against the server the tests use, on a scratch database:
 * the TPC-B-like rate is this machine's ceiling for small write transactions.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Path binary;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private Pgbench(Path binary, String host, int port, String user, String password) {
        this.binary = binary;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** @return null when no pgbench is installed */
    static Pgbench forServer(String jdbcUrl, String user, String password) throws IOException {
        Path binary = find();
        if (binary == null) {
            return null;
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new Pgbench(binary, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
    }

    private static Path find() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder()).orElse(null);
        }
    }

    String version() throws IOException, InterruptedException {
        return run(List.of("--version"), 30).strip();
    }

    /** {@code pgbench -i -s scale}, then a TPC-B-like run; @return transactions per second */
    double tpcb(String database, int scale, int clients, int threads, int seconds)
            throws IOException, InterruptedException {
        run(List.of("-i", "-q", "-s", Integer.toString(scale), database), 300);
        String out = run(List.of("-c", Integer.toString(clients), "-j", Integer.toString(threads), "-T",
                Integer.toString(seconds), database), seconds + 120L);
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    private String run(List<String> arguments, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-h", host, "-p", Integer.toString(port),
                "-U", user));
        if (arguments.size() == 1 && arguments.get(0).startsWith("--")) {
            command = new ArrayList<>(List.of(binary.toString()));
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed: " + command + "\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
