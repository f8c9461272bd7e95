package org.oncodex.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.OncodexJson;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;

/**
 * How a service embeds Oncodex, with the JDK's own HTTP server and no framework:
 *
 * <ul>
 *   <li>{@code GET /answers/{immunotherapy|keytruda|car-t|how-it-works}?format=html|json}: the answer,
 *       rendered;
 *   <li>{@code POST /lint?format=text|json|sarif} with a Markdown or JSON answer as the body: the
 *       report, status 200 when it passed and 422 when it did not.
 * </ul>
 *
 * <p>The evidence base, rule set and renderers are built once and shared by every request: they
 * are immutable and thread-safe.
 */
public final class AnswerServer implements AutoCloseable {
    private static final int MAX_BODY = 1_000_000;

    private final HttpServer server;
    private final EvidenceBase kb = EvidenceBase.bundled();
    private final RuleSet rules = RuleSet.standard(kb);
    private final HtmlRenderer html = new HtmlRenderer();

    private AnswerServer(HttpServer server) {
        this.server = server;
        server.createContext("/answers/", this::answer);
        server.createContext("/lint", this::lint);
    }

    /**
     * Starts a server on the loopback address; port 0 picks a free one.
     *
     * @throws IOException if the port cannot be bound
     */
    public static AnswerServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AnswerServer answers = new AnswerServer(server);
        server.start();
        return answers;
    }

    /** The address to send requests to, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }

    static int serve(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String value = Main.option(args, "--port").orElse("8080");
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            err.println("--port \"" + value + "\": use a number from 0 to 65535");
            return 2;
        }
        AnswerServer server = start(port);
        out.println("serving on " + server.uri() + " (GET /answers/immunotherapy?format=html, POST /lint)");
        return 0;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "use GET");
                return;
            }
            String name = exchange.getRequestURI().getPath().substring("/answers/".length());
            Optional<PatientAnswers.Question> question = PatientAnswers.Question.named(name);
            if (question.isEmpty()) {
                send(
                        exchange,
                        404,
                        "text/plain",
                        "no answer \"" + name + "\": use immunotherapy, keytruda, car-t or how-it-works");
                return;
            }
            Answer answer = new PatientAnswers(kb, LocalDate.now(ZoneOffset.UTC)).answer(question.get());
            if (format(exchange, "html").equals("json")) {
                send(exchange, 200, "application/json", OncodexJson.mapper().writeValueAsString(answer));
            } else {
                send(exchange, 200, "text/html", html.render(answer));
            }
        }
    }

    private void lint(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "text/plain", "POST an answer in Markdown or JSON");
                return;
            }
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readNBytes(MAX_BODY + 1);
            }
            if (bytes.length > MAX_BODY) {
                send(exchange, 413, "text/plain", "an answer of more than " + MAX_BODY + " bytes");
                return;
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            Answer answer;
            try {
                answer = body.stripLeading().startsWith("{")
                        ? OncodexJson.mapper().readValue(body, Answer.class)
                        : MarkdownAnswers.read(body, kb);
            } catch (IOException | RuntimeException e) {
                send(exchange, 400, "text/plain", "not an answer: " + e.getMessage());
                return;
            }
            Report report = rules.check(answer);
            int status = report.passed() ? 200 : 422;
            switch (format(exchange, "json")) {
                case "sarif" -> send(exchange, status, "application/sarif+json", report.toSarif("request", body));
                case "text" -> send(exchange, status, "text/plain", report.toText());
                default -> send(exchange, status, "application/json", report.toJson());
            }
        }
    }

    private static String format(HttpExchange exchange, String fallback) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&", -1)) {
                if (pair.startsWith("format=")) {
                    return pair.substring("format=".length()).toLowerCase(Locale.ROOT);
                }
            }
        }
        return fallback;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
