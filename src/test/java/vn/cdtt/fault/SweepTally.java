package vn.cdtt.fault;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each bad case, checks its answer (4xx naming the field) and that no table changed, and counts per endpoint.
 * Problems are collected rather than thrown, so one run lists every endpoint that misbehaves.
 */
final class SweepTally {

    /** The figures of one endpoint. */
    static final class Figures {
        int cases;
        int status4xx;
        int status5xx;
        int otherStatus;
        int partialWrites;
        int fieldNotNamed;

        String line(String endpoint) {
            return "FAULT bad-input endpoint=" + endpoint + " cases=" + cases + " status4xx=" + status4xx
                    + " status5xx=" + status5xx + " partialWrites=" + partialWrites + " otherStatus=" + otherStatus
                    + " fieldNotNamed=" + fieldNotNamed;
        }

        void add(Figures other) {
            cases += other.cases;
            status4xx += other.status4xx;
            status5xx += other.status5xx;
            otherStatus += other.otherStatus;
            partialWrites += other.partialWrites;
            fieldNotNamed += other.fieldNotNamed;
        }
    }

    private final SweepHttp http;
    private final RowFingerprint fingerprint;
    private final Map<String, Figures> endpoints = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private Map<String, String> print;

    SweepTally(SweepHttp http, RowFingerprint fingerprint) {
        this.http = http;
        this.fingerprint = fingerprint;
    }

    /** Call before an endpoint's cases: the tables may have changed since (a drive walked on). */
    void begin(String endpoint) {
        endpoints.computeIfAbsent(endpoint, e -> new Figures());
        print = fingerprint.take();
    }

    /**
     * @param field the field the answer must name, or null where the endpoint answers without field errors (a
     *              page's 404, a wrong content type)
     */
    HttpResponse<String> check(String endpoint, String description, HttpRequest request, String field)
            throws IOException, InterruptedException {
        return check(endpoint, description, http, request, field);
    }

    /** The same, sent by a logged-in browser session. */
    HttpResponse<String> check(String endpoint, String description, SweepHttp via, HttpRequest request,
                               String field) throws IOException, InterruptedException {
        Figures figures = endpoints.get(endpoint);
        figures.cases++;
        HttpResponse<String> response = via.send(request);
        int status = response.statusCode();
        String what = endpoint + " [" + description + "] → " + status
                + response.headers().firstValue("Location").map(to -> " " + to).orElse("");
        if (status >= 500) {
            figures.status5xx++;
            problems.add(what + ": " + shorten(response.body()));
        } else if (status >= 400) {
            figures.status4xx++;
            if (field != null && !FormLabels.named(response.body(), field)) {
                figures.fieldNotNamed++;
                problems.add(what + " does not name " + field + ": " + shorten(response.body()));
            }
        } else {
            figures.otherStatus++;
            problems.add(what + " accepted bad input: " + shorten(response.body()));
        }
        Map<String, String> after = fingerprint.take();
        List<String> changed = RowFingerprint.changed(print, after);
        if (!changed.isEmpty()) {
            figures.partialWrites++;
            problems.add(what + " wrote to " + changed);
        }
        print = after;
        return response;
    }

    /**
     * A request whose bad part is to be ignored, not refused (a {@code ?lang=} the product does not speak): it must
     * be served, with {@code marker} in the page, and change nothing.
     */
    HttpResponse<String> checkServed(String endpoint, String description, SweepHttp via, HttpRequest request,
                                     String marker) throws IOException, InterruptedException {
        Figures figures = endpoints.get(endpoint);
        figures.cases++;
        HttpResponse<String> response = via.send(request);
        int status = response.statusCode();
        String what = endpoint + " [" + description + "] → " + status;
        if (status >= 500) {
            figures.status5xx++;
            problems.add(what + ": " + shorten(response.body()));
        } else if (status >= 300 || !response.body().contains(marker)) {
            figures.otherStatus++;
            problems.add(what + " not served with \"" + marker + "\": " + shorten(response.body()));
        }
        Map<String, String> after = fingerprint.take();
        List<String> changed = RowFingerprint.changed(print, after);
        if (!changed.isEmpty()) {
            figures.partialWrites++;
            problems.add(what + " wrote to " + changed);
        }
        print = after;
        return response;
    }

    List<String> problems() {
        return problems;
    }

    Map<String, Figures> endpoints() {
        return endpoints;
    }

    void print() {
        endpoints.forEach((endpoint, figures) -> System.out.println(figures.line(endpoint)));
    }

    private static String shorten(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
