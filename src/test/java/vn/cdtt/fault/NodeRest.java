package vn.cdtt.fault;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cdtt.support.AppNode;

/** A node's {@code /engine-rest} as the admin (HTTP Basic, as Camunda's REST filter wants it). */
final class NodeRest {

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final AppNode node;
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + AppNode.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    NodeRest(AppNode node) {
        this.node = node;
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** Deploys one BPMN file (multipart, as the REST API takes deployments). */
    Answer deploy(Path model) throws IOException, InterruptedException {
        String boundary = "fault-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nfault\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\n"
                + "true\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + model.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] file = Files.readAllBytes(model);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + file.length + tail.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(file, 0, all, headBytes.length, file.length);
        System.arraycopy(tail, 0, all, headBytes.length + file.length, tail.length);
        return send(request("/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(node.url(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode()
                : parse(response.body());
        return new Answer(response.statusCode(), body);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
