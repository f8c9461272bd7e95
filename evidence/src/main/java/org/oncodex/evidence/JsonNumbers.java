package org.oncodex.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Numbers in a knowledge-base document that no double can hold, found before the schema validator trips on them. */
final class JsonNumbers {
    private JsonNumbers() {}

    /**
     * Numbers too large for a double ({@code 1e400}), each with its location; walked without
     * recursion.
     */
    static List<Problem> unrepresentable(JsonNode tree, Function<String, Problem.Builder> at) {
        if (!anyUnrepresentable(tree)) {
            return List.of(); // the common case, found without a pointer string per value
        }
        List<Problem> problems = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", tree));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> next = todo.pop();
            String pointer = next.getKey();
            JsonNode node = next.getValue();
            if (node.isNumber() && !Double.isFinite(node.asDouble())) {
                problems.add(at.apply(pointer)
                        .message("a number too large to represent as a double")
                        .build());
            } else if (node.isArray()) {
                for (int k = node.size() - 1; k >= 0; k--) {
                    todo.push(Map.entry(pointer + "/" + k, node.get(k)));
                }
            } else if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
                for (Map.Entry<String, JsonNode> f : node.properties()) {
                    fields.add(Map.entry(
                            pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), f.getValue()));
                }
                for (int k = fields.size() - 1; k >= 0; k--) {
                    todo.push(fields.get(k));
                }
            }
        }
        return problems;
    }

    private static boolean anyUnrepresentable(JsonNode tree) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(tree);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isNumber()) {
                if (!Double.isFinite(node.asDouble())) {
                    return true;
                }
            } else if (node.isContainerNode()) {
                node.forEach(todo::push);
            }
        }
        return false;
    }
}
