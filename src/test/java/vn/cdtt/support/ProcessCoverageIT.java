package vn.cdtt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs after the process tests (failsafe follows surefire): unions the flow nodes that every test class's coverage
 * report (camunda-process-test-coverage, {@code target/process-test-coverage/<class>/report.json}) saw per process,
 * prints each model's flow-node coverage into {@code target/process-test-coverage/summary.txt}, and fails when a
 * model under {@code bpmn/} stays below {@value #REQUIRED} %.
 */
class ProcessCoverageIT {

    private static final double REQUIRED = 90.0;
    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "userTask", "serviceTask", "businessRuleTask", "scriptTask",
            "sendTask", "receiveTask", "manualTask", "task", "callActivity", "subProcess", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway");

    @Test
    void everyModelIsCoveredByTheProcessTests() throws Exception {
        Map<String, Set<String>> nodes = new TreeMap<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                flowNodes(model, nodes);
            }
        }
        Map<String, Set<String>> seen = seenFlowNodes();
        List<String> lines = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (Map.Entry<String, Set<String>> model : nodes.entrySet()) {
            Set<String> covered = new TreeSet<>(model.getValue());
            covered.retainAll(seen.getOrDefault(model.getKey(), Set.of()));
            double percent = 100.0 * covered.size() / model.getValue().size();
            Set<String> missed = new TreeSet<>(model.getValue());
            missed.removeAll(covered);
            String line = String.format("%-32s %3d/%3d flow nodes %6.1f %%  not reached: %s", model.getKey(),
                    covered.size(), model.getValue().size(), percent, missed);
            lines.add(line);
            if (percent < REQUIRED) {
                short_.add(line);
            }
        }
        Files.createDirectories(REPORTS);
        Files.write(REPORTS.resolve("summary.txt"), lines);
        lines.forEach(line -> System.out.println("PROCESS COVERAGE " + line));
        assertThat(short_).as("models below " + REQUIRED + " % of flow nodes").isEmpty();
    }

    private static void flowNodes(Path model, Map<String, Set<String>> nodes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(model)) {
            NodeList processes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "process");
            for (int p = 0; p < processes.getLength(); p++) {
                Element process = (Element) processes.item(p);
                Set<String> ids = nodes.computeIfAbsent(process.getAttribute("id"), k -> new TreeSet<>());
                NodeList all = process.getElementsByTagNameNS(BPMN, "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    if (FLOW_NODES.contains(element.getLocalName())) {
                        ids.add(element.getAttribute("id"));
                    }
                }
            }
        }
    }

    private static Map<String, Set<String>> seenFlowNodes() throws IOException {
        Map<String, Set<String>> seen = new TreeMap<>();
        if (!Files.isDirectory(REPORTS)) {
            return seen;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(REPORTS)) {
            for (Path report : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                    for (JsonNode run : suite.path("runs")) {
                        for (JsonNode event : run.path("events")) {
                            if ("FLOW_NODE".equals(event.path("source").asText())) {
                                seen.computeIfAbsent(event.path("modelKey").asText(), k -> new TreeSet<>())
                                        .add(event.path("definitionKey").asText());
                            }
                        }
                    }
                }
            }
        }
        return seen;
    }
}
