package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceQuery;
import org.oncodex.model.Endpoint;
import org.oncodex.rules.RuleSet;

/**
 * One knowledge base, one vocabulary and one rule set shared by many threads give each thread
 * exactly what a single thread gets: lookups, tagging, reading and checking answers hold no state
 * between calls that another thread could disturb.
 */
class ConcurrentUseTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 6;

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcurrentUseTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Everything one round computes, as text: equal text means equal results. */
    private static String round(EvidenceBase kb, RuleSet rules, List<String> answers) {
        StringBuilder out = new StringBuilder();
        kb.vocabulary()
                .cancerTypes()
                .forEach(c -> out.append(kb.results(EvidenceQuery.builder()
                                .cancerType(c)
                                .endpoint(Endpoint.OS)
                                .build())
                        .size()));
        for (String answer : answers) {
            out.append(kb.vocabulary().tag(answer));
            out.append(kb.relevantTo(answer, 5));
            out.append(rules.check(MarkdownAnswers.read(answer, kb)).toJson());
        }
        return out.toString();
    }

    @Test
    void shared_instances_give_every_thread_the_single_threaded_results() throws Exception {
        EvidenceBase kb = EvidenceBase.bundled();
        RuleSet rules = RuleSet.standard(kb);
        List<String> answers = List.of(
                resource("natural/car-t-liver-cancer.md"),
                resource("natural/liver-metastases-immunotherapy.md"),
                resource("how-immunotherapy-works.md"));
        String expected = round(kb, rules, answers);
        assertThat(expected).contains("ONC-").contains("Mention{");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<String>> run = () -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        got.add(round(kb, rules, answers));
                    }
                    return got;
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<List<String>> run : runs) {
                assertThat(run.get(5, TimeUnit.MINUTES)).hasSize(ROUNDS).allMatch(expected::equals);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
