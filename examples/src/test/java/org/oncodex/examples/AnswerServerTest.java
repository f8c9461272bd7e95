package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncodex.render.OncodexJson;

/** The embedded HTTP example, started on a free loopback port and called over HTTP. */
class AnswerServerTest {
    private static AnswerServer server;
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        server = AnswerServer.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void gets_an_answer_as_html_and_as_json() throws Exception {
        HttpResponse<String> html = get("/answers/car-t");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body())
                .contains("data-disclaimer-id=\"clinical-trials\"")
                .doesNotContain("data-disclaimer-id=\"investigational-therapy\""); // no CAR-T statement in the base
        HttpResponse<String> keytruda = get("/answers/keytruda?format=json");
        assertThat(keytruda.statusCode()).isEqualTo(200);
        assertThat(OncodexJson.mapper()
                        .readTree(keytruda.body())
                        .get("question")
                        .asText())
                .isEqualTo("Is Keytruda (pembrolizumab) approved for liver cancer?");
        HttpResponse<String> json = get("/answers/immunotherapy?format=json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(OncodexJson.mapper().readTree(json.body()).get("question").asText())
                .isEqualTo("What is immunotherapy and does it work for liver cancer?");
        assertThat(get("/answers/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void lints_a_posted_answer() throws Exception {
        String bad = Files.readString(
                Path.of("../examples/answers/bad-immunotherapy-liver-cancer.md"), StandardCharsets.UTF_8);
        HttpResponse<String> failed = post("/lint", bad);
        assertThat(failed.statusCode()).isEqualTo(422);
        JsonNode report = OncodexJson.mapper().readTree(failed.body());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("counts").get("ERROR").asInt()).isEqualTo(10); // the 2-question count is a warning

        String good =
                Files.readString(Path.of("../examples/answers/good-car-t-liver-cancer.md"), StandardCharsets.UTF_8);
        assertThat(post("/lint?format=text", good).statusCode()).isEqualTo(200);
        HttpResponse<String> sarif = post("/lint?format=sarif", bad);
        assertThat(OncodexJson.mapper().readTree(sarif.body()).get("version").asText())
                .isEqualTo("2.1.0");

        String json = get("/answers/how-it-works?format=json").body();
        assertThat(post("/lint", json).statusCode()).isEqualTo(200);
        assertThat(post("/lint", "{ not json").statusCode()).isEqualTo(400);
        assertThat(get("/lint").statusCode()).isEqualTo(405);
    }
}
