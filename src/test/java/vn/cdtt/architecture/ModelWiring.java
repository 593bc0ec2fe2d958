package vn.cdtt.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What ModelWiringTest checks, as a function of its inputs so that a test can feed it a broken model: every bean a
 * model names lives where design.md says, and every element id has its constant in the model's
 * {@code <Model>Process}.
 */
final class ModelWiring {

    static final Pattern ELEMENT_ID = Pattern.compile("\"((?:Task|Event|Gateway|Activity|SubProcess)_\\w+)\"");
    private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([a-zA-Z]\\w*)");

    /** A Spring bean of the product: its class and whether it starts instances of its package's model. */
    record Bean(Class<?> type, boolean childStarter) {

        String flowPackage() {
            return type.getPackageName();
        }
    }

    /** A model as read from its file, with the constants class found for its process key. */
    record Model(String file, String key, BpmnModelInstance bpmn, Class<?> constants) {

        String flowPackage() {
            return constants == null ? null : constants.getPackageName();
        }
    }

    private final Map<String, Model> models = new LinkedHashMap<>();
    private final Map<String, Bean> beans;

    ModelWiring(Map<String, Bean> beans) {
        this.beans = beans;
    }

    /** @param constantsOf the {@code <Model>Process} class for a process key, or null when there is none */
    ModelWiring model(String file, String xml, java.util.function.Function<String, Class<?>> constantsOf) {
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String key = bpmn.getModelElementsByType(Process.class).iterator().next().getId();
        models.put(key, new Model(file, key, bpmn, constantsOf.apply(key)));
        return this;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> children = children();
        Map<String, Set<String>> parents = new HashMap<>();
        children.forEach((parent, kids) -> kids.forEach(kid -> parents.computeIfAbsent(kid, k -> new LinkedHashSet<>())
                .add(parent)));
        for (Model model : models.values()) {
            if (model.constants() == null) {
                problems.add(model.file() + ": no class " + model.key() + " in a flow package");
                continue;
            }
            problems.addAll(constantProblems(model));
            for (String name : beansNamedIn(model)) {
                Bean bean = beans.get(name);
                if (bean == null) {
                    problems.add(model.file() + ": bean " + name + " is no class of the product");
                    continue;
                }
                String where = bean.flowPackage();
                boolean own = where.equals(model.flowPackage());
                boolean child = children.getOrDefault(model.key(), Set.of()).stream()
                        .anyMatch(kid -> where.equals(models.get(kid).flowPackage()));
                boolean parent = parents.getOrDefault(model.key(), Set.of()).stream()
                        .anyMatch(p -> where.equals(models.get(p).flowPackage()));
                if (!own && !child && !parent) {
                    problems.add(model.file() + ": bean " + name + " (" + bean.type().getName() + ") is neither in "
                            + model.flowPackage() + " nor in the flow package of a model it starts or that starts it");
                }
                if (!bean.type().getSimpleName().equalsIgnoreCase(name)) {
                    problems.add(model.file() + ": bean " + name + " is class " + bean.type().getSimpleName());
                }
            }
        }
        return problems;
    }

    /** Element-id literals in Java sources other than the constants classes. */
    static List<String> literalIds(Path sources) {
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (file.getParent().endsWith("flow") && file.getFileName().toString().endsWith("Process.java")) {
                    continue;
                }
                Matcher m = ELEMENT_ID.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(sources.relativize(file) + ": \"" + m.group(1) + "\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Which model starts which: call activities, and child starters (a bean of the child's flow package). */
    private Map<String, Set<String>> children() {
        Map<String, Set<String>> children = new HashMap<>();
        for (Model model : models.values()) {
            Set<String> kids = children.computeIfAbsent(model.key(), k -> new LinkedHashSet<>());
            model.bpmn().getModelElementsByType(CallActivity.class).forEach(call -> kids.add(call.getCalledElement()));
            for (String name : beansNamedIn(model)) {
                Bean bean = beans.get(name);
                if (bean != null && bean.childStarter()) {
                    models.values().stream().filter(m -> bean.flowPackage().equals(m.flowPackage()))
                            .forEach(m -> kids.add(m.key()));
                }
            }
            kids.remove(model.key());
        }
        return children;
    }

    private List<String> constantProblems(Model model) {
        List<String> problems = new ArrayList<>();
        Map<String, String> constants = stringConstants(model.constants());
        if (!model.key().equals(constants.get("KEY"))) {
            problems.add(model.constants().getSimpleName() + ".KEY is not " + model.key());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (FlowNode node : model.bpmn().getModelElementsByType(FlowNode.class)) {
            ids.add(node.getId());
        }
        for (Event event : model.bpmn().getModelElementsByType(Event.class)) {
            ids.add(event.getId());
        }
        for (String id : ids) {
            if (!constants.containsValue(id)) {
                problems.add(model.file() + ": element " + id + " has no constant in "
                        + model.constants().getSimpleName());
            }
        }
        constants.forEach((name, value) -> {
            if (ELEMENT_ID.matcher('"' + value + '"').matches() && !ids.contains(value)) {
                problems.add(model.constants().getSimpleName() + "." + name + " names " + value
                        + ", which " + model.file() + " does not have");
            }
        });
        return problems;
    }

    /** Beans the model names in an expression: delegates, listeners and the beans its expressions call. */
    private Set<String> beansNamedIn(Model model) {
        Set<String> names = new LinkedHashSet<>();
        for (ModelElementInstance element : model.bpmn().getModelElementsByType(
                model.bpmn().getModel().getType(org.camunda.bpm.model.bpmn.instance.BaseElement.class))) {
            collect(element.getDomElement(), names);
        }
        return names;
    }

    private void collect(org.camunda.bpm.model.xml.instance.DomElement element, Set<String> names) {
        for (org.camunda.bpm.model.xml.instance.DomElement child : element.getChildElements()) {
            collect(child, names);
        }
        String text = element.getTextContent() == null ? "" : element.getTextContent();
        List<String> values = new ArrayList<>(List.of(text));
        for (String attribute : new String[] {"delegateExpression", "expression", "dueDate", "candidateGroups",
                "candidateUsers", "assignee", "collection", "followUpDate"}) {
            String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
            if (value == null) {
                value = element.getAttribute(attribute);
            }
            if (value != null) {
                values.add(value);
            }
        }
        String delegate = element.getAttribute("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
        delegate = delegate != null ? delegate : element.getAttribute("delegateExpression");
        if (delegate != null) {
            Matcher m = BEAN.matcher(delegate);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        for (String value : values) {
            Matcher m = BEAN.matcher(value);
            while (m.find()) {
                if (beans.containsKey(m.group(1))) {
                    names.add(m.group(1));
                }
            }
        }
    }

    static Map<String, String> stringConstants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }
}
