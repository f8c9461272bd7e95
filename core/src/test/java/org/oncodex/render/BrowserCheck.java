package org.oncodex.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/*
 * Loads HTML in headless Chromium and reports whether any script ran in it.
 *
 * One page holds every case, each in a <div data-case="i">. A trusted prelude, the page's first
 * script (browser/prelude.js), replaces what an injected script would call (alert, eval, fetch,
 * document.write, innerHTML, timers with a string, navigation, ...) with recorders. A trusted driver,
 * the page's last script (browser/driver.js), waits for the load event, then for each case in turn
 * focuses, clicks and dispatches every event an on* attribute can handle to every element, waits for
 * what that set off, and writes the records, with the markup in the browser's DOM that could run a
 * script (script elements, on* attributes, javascript: and data: addresses, nested documents), into
 * the DOM as JSON. Chromium's --dump-dom prints that DOM once the page is idle; a page that did not
 * get that far (a script navigated away, or markup swallowed the driver) has no result in it, and a
 * dialog a nested document opened blocks it until the time-out. Any of these is a failure.
 *
 * The page is a file in a new temporary directory, with Chromium's profile beside it; both are
 * deleted afterwards. No content-security policy: it would stop the scripts the check looks for.
 */
final class BrowserCheck {
    /** The flags the machine notes give for headless Chromium here; no network but the loopback. */
    static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    static final String CHROMIUM_PROPERTY = "oncodex.chromium";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final Duration TIME_OUT = Duration.ofMinutes(3);
    private static final int MAX_LINES = 60;

    /** One piece of HTML to load, with the name a failure quotes. */
    record Case(String name, String html) {}

    /**
     * Something a script did or could do, and the index of the case it came from: {@code "3"} if one
     * of the case's own elements or scripts did it, {@code "~3"} if it happened while the check was
     * exercising that case but the page cannot tell what did it, {@code "?"} outside every case.
     */
    record Evidence(String what, String origin) {}

    /**
     * What the page showed: whether the driver finished, how many cases it found of how many were
     * written, how many events it dispatched, what scripts did ({@code ran}) and what markup could run
     * one ({@code found}).
     */
    record Result(
            boolean finished,
            String problem,
            int casesExpected,
            int casesFound,
            long dispatched,
            List<Evidence> ran,
            List<Evidence> found) {
        /** Whether the page finished with every case in place, no script run and no markup that could run one. */
        boolean clean() {
            return finished && casesFound == casesExpected && ran.isEmpty() && found.isEmpty();
        }

        /**
         * Whether a script ran while the case at {@code index} was exercised: set off by one of its
         * elements or scripts, or by nothing the page can tell (a javascript: address, a handler left
         * on the window) while the driver was at it.
         */
        boolean ranIn(int index) {
            String i = Integer.toString(index);
            return ran.stream().anyMatch(e -> e.origin().equals(i) || e.origin().equals("~" + i));
        }

        /** Whether one of the elements or scripts of the case at {@code index} set off a script. */
        boolean ranFrom(int index) {
            String i = Integer.toString(index);
            return ran.stream().anyMatch(e -> e.origin().equals(i));
        }

        /** Whether the browser's DOM of the case at {@code index} holds markup that could run a script. */
        boolean holdsScriptMarkup(int index) {
            String i = Integer.toString(index);
            return found.stream().anyMatch(e -> e.origin().equals(i));
        }

        /**
         * Every problem, each with the name of its case, for a failure message: what a case's own markup
         * did first, then what the page could not place, then markup that could run a script; each
         * line once, at most {@value BrowserCheck#MAX_LINES} of them.
         */
        String describe(List<Case> cases) {
            List<String> lines = new ArrayList<>();
            if (!finished) {
                lines.add("the page did not finish: " + problem);
            }
            if (finished && casesFound != casesExpected) {
                lines.add("the browser found " + casesFound + " of the " + casesExpected
                        + " cases: markup of one swallowed the ones after it");
            }
            Stream.concat(
                            ran.stream().filter(e -> !e.origin().startsWith("~")),
                            ran.stream().filter(e -> e.origin().startsWith("~")))
                    .map(e -> "a script ran: " + e.what() + " in " + name(e, cases))
                    .distinct()
                    .forEach(lines::add);
            found.stream()
                    .map(e -> "markup that could run a script: " + e.what() + " in " + name(e, cases))
                    .distinct()
                    .forEach(lines::add);
            if (lines.size() <= MAX_LINES) {
                return String.join("\n", lines) + "\n";
            }
            return String.join("\n", lines.subList(0, MAX_LINES)) + "\n... and " + (lines.size() - MAX_LINES)
                    + " more\n";
        }

        private static String name(Evidence e, List<Case> cases) {
            boolean during = e.origin().startsWith("~");
            try {
                String name = cases.get(Integer.parseInt(e.origin().substring(during ? 1 : 0)))
                        .name();
                return during ? "the page, while the check was at " + name : name;
            } catch (NumberFormatException | IndexOutOfBoundsException unknown) {
                return "the page, not during a case (a nested document, or the page's own markup)";
            }
        }
    }

    private BrowserCheck() {}

    /** The Chromium to use: {@code -Doncodex.chromium=PATH}, else {@code /usr/bin/chromium}, if it is there. */
    static Optional<Path> chromium() {
        Path path = Path.of(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM));
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** Loads the cases as one page in {@code chromium} and reports what happened in it. */
    static Result run(Path chromium, List<Case> cases) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("oncodex-browser-check");
        try {
            Path page = dir.resolve("page.html");
            Files.writeString(page, page(cases), StandardCharsets.UTF_8);
            Path out = dir.resolve("dom.html");
            Path log = dir.resolve("chromium.log");
            List<String> command = new ArrayList<>();
            command.add(chromium.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + dir.resolve("profile"));
            command.add("--dump-dom");
            // virtual time runs ahead while the page is idle: the driver's waits cost no real time
            command.add("--virtual-time-budget=600000");
            command.add(page.toUri().toString());
            Process chrome = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(log.toFile())
                    .start();
            chrome.getOutputStream().close();
            if (!chrome.waitFor(TIME_OUT.toSeconds(), TimeUnit.SECONDS)) {
                chrome.descendants().forEach(ProcessHandle::destroyForcibly);
                chrome.destroyForcibly().waitFor();
                return unfinished(
                        cases,
                        "no result after " + TIME_OUT.toSeconds()
                                + " s (a dialog that a nested document opened blocks the page, or a script loops)");
            }
            if (chrome.exitValue() != 0) {
                return unfinished(cases, "Chromium exited with " + chrome.exitValue() + ": " + tail(log));
            }
            return result(Files.readString(out, StandardCharsets.UTF_8), cases);
        } finally {
            delete(dir);
        }
    }

    /**
     * What each part of a page that did not finish shows: the page is halved until each part finishes
     * or is one case, so that the cases that keep it from finishing are named, with what the others did.
     */
    static String diagnose(Path chromium, List<Case> cases) throws IOException, InterruptedException {
        Result result = run(chromium, cases);
        if (result.finished()) {
            return result.describe(cases);
        }
        if (cases.size() == 1) {
            return "the page of " + cases.get(0).name() + " alone did not finish: " + result.problem() + "\n";
        }
        int half = cases.size() / 2;
        return diagnose(chromium, cases.subList(0, half)) + diagnose(chromium, cases.subList(half, cases.size()));
    }

    private static Result result(String dom, List<Case> cases) {
        Element out = Jsoup.parse(dom).getElementById("oncodex-browser-check");
        if (out == null) {
            return unfinished(cases, "no result in its DOM (a script navigated away, or markup swallowed the driver)");
        }
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(out.wholeText());
        } catch (IOException e) {
            return unfinished(cases, "its result is not JSON: " + e.getMessage());
        }
        return new Result(
                json.path("finished").asBoolean(),
                "",
                json.path("casesExpected").asInt(),
                json.path("casesFound").asInt(),
                json.path("dispatched").asLong(),
                evidence(json.path("ran")),
                evidence(json.path("found")));
    }

    private static List<Evidence> evidence(JsonNode list) {
        List<Evidence> evidence = new ArrayList<>();
        list.forEach(e -> evidence.add(
                new Evidence(e.path("what").asText(), e.path("origin").asText())));
        return List.copyOf(evidence);
    }

    private static Result unfinished(List<Case> cases, String problem) {
        return new Result(false, problem, cases.size(), 0, 0, List.of(), List.of());
    }

    static String page(List<Case> cases) {
        StringBuilder page = new StringBuilder(1 << 16)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Oncodex browser check</title>\n<script>\n")
                .append(resource("browser/prelude.js"))
                .append("</script></head>\n<body data-cases=\"")
                .append(cases.size())
                .append("\">\n");
        for (int i = 0; i < cases.size(); i++) {
            page.append("<div data-case=\"")
                    .append(i)
                    .append("\">\n")
                    .append(cases.get(i).html())
                    .append("\n</div>\n");
        }
        return page.append("<script>\n")
                .append(resource("browser/driver.js"))
                .append("</script>\n</body></html>\n")
                .toString();
    }

    private static String resource(String name) {
        try (InputStream in =
                Objects.requireNonNull(BrowserCheck.class.getResourceAsStream(name), name + " on the class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 2000));
    }

    private static void delete(Path dir) throws IOException, InterruptedException {
        // Chromium's helper processes may still be closing files in the profile when it has exited
        for (int attempt = 1; ; attempt++) {
            try {
                MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
                return;
            } catch (IOException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }
}
