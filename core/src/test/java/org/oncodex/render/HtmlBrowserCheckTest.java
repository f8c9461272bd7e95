package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML renderer's output for hostile answers ({@link HostileAnswers}: every vector of {@code
 * xss-vectors.txt} in every field) loaded in headless Chromium, where no script may run ({@link
 * BrowserCheck} says how that is watched). The controls load deliberately unsafe HTML of our own, not
 * through the renderer, and require the same check to catch it: each way a script is set off, every
 * vector written into its own context as it is, and a page whose markup swallows the rest.
 *
 * <p>Needs Debian's {@code chromium} at {@code /usr/bin/chromium} (or {@code -Doncodex.chromium=PATH});
 * without it the tests are skipped with a message. {@code .ci/install-chromium} installs it, and CI runs
 * that first (CONTRIBUTING.md).
 */
class HtmlBrowserCheckTest {
    private static final String MISSING = "Chromium not found at "
            + System.getProperty(BrowserCheck.CHROMIUM_PROPERTY, BrowserCheck.DEFAULT_CHROMIUM)
            + ": the browser check of the HTML is skipped. Install it with .ci/install-chromium (Debian's"
            + " chromium package), or name another with -D" + BrowserCheck.CHROMIUM_PROPERTY + "=PATH";

    private static @Nullable Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = BrowserCheck.chromium().orElse(null);
        if (chromium == null) {
            System.err.println(MISSING);
        }
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, MISSING);
    }

    /** Written for this test: a paragraph with a link, an anchor and a button, and no script. */
    private static final String HARMLESS =
            "<p id=\"h\">text <a href=\"https://example.org/\">a link</a> <a href=\"#h\">an anchor</a></p><button>a button</button>";

    /** Written for this test: each way a script in a page is set off, with its payload. */
    private static final List<String> CONTROLS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)></svg>",
            "<input autofocus onfocus=alert(1)>",
            "<div tabindex=0 onfocus=alert(1)>focus</div>",
            "<div onmouseover=alert(1)>hover</div>",
            "<div onmouseenter=alert(1)>enter</div>",
            "<span onclick=alert(1)>click</span>",
            "<a href=\"javascript:alert(1)\">a link</a>",
            "<form action=\"javascript:alert(1)\"><button>a button</button></form>",
            "<form><button formaction=\"javascript:alert(1)\">a button</button></form>",
            "<details ontoggle=alert(1)><summary>a summary</summary>text</details>",
            "<div onanimationstart=alert(1)>animation</div>",
            "<div onwheel=alert(1)>a wheel</div>",
            "<div onkeydown=alert(1)>a key</div>",
            "<div oncopy=alert(1)>copy</div>",
            "<div onclick=\"document.title='changed'\">the title</div>",
            "<div onclick=\"this.appendChild(document.createElement('b'))\">the DOM</div>",
            "<div onclick=\"this.setAttribute('data-x', '1')\">an attribute</div>",
            "<div onclick=\"eval('1+1')\">eval</div>",
            "<div onclick=\"setTimeout('1+1')\">a timer with a string</div>",
            "<div onclick=\"fetch('http://127.0.0.1:9/')\">fetch</div>",
            "<div onclick=\"document.cookie\">a cookie</div>",
            "<div onclick=\"this.innerHTML='x'\">writes innerHTML</div>",
            "<div onclick=\"location='javascript:alert(1)'\">navigation</div>",
            "<div onclick=\"nosuchfunction()\">a script that fails</div>");

    @Test
    void the_check_catches_each_way_a_script_is_set_off() throws Exception {
        List<BrowserCheck.Case> cases = withHarmlessBetween(CONTROLS.stream()
                .map(c -> new BrowserCheck.Case("control " + c, c))
                .toList());
        BrowserCheck.Result result = BrowserCheck.run(chrome(), cases);

        assertThat(result.finished()).as(result.problem()).isTrue();
        assertThat(result.casesFound()).isEqualTo(cases.size());
        List<String> missed = IntStream.range(0, CONTROLS.size())
                .filter(i -> !result.ranIn(caseOf(i)))
                .mapToObj(CONTROLS::get)
                .toList();
        assertThat(missed).as("controls whose script the check did not see run").isEmpty();
        assertNothingIn(result, cases, "the check credits a harmless case with what a control did");
        assertThat(result.clean()).isFalse();
    }

    @Test
    void every_vector_runs_a_script_or_builds_markup_that_could_when_written_as_it_is() throws Exception {
        List<XssVectors.Vector> vectors = XssVectors.all();
        List<BrowserCheck.Case> cases = withHarmlessBetween(vectors.stream()
                .map(v -> new BrowserCheck.Case("unescaped " + v, v.unescaped()))
                .toList());
        BrowserCheck.Result result = BrowserCheck.run(chrome(), cases);

        assertThat(result.finished()).as(result.problem()).isTrue();
        assertThat(result.casesFound())
                .as("cases the browser found: a vector that swallows the ones after it must be closed")
                .isEqualTo(cases.size());
        // a script that ran from the vector's own markup, or markup that could run one: what the
        // page cannot tell apart (a vector that leaves window.onerror = alert for later cases to set
        // off) does not count
        List<XssVectors.Vector> inert = IntStream.range(0, vectors.size())
                .filter(i -> !result.ranFrom(caseOf(i)) && !result.holdsScriptMarkup(caseOf(i)))
                .mapToObj(vectors::get)
                .toList();
        assertThat(inert)
                .as("vectors that neither run a script nor build markup that could in Chromium: they test nothing")
                .isEmpty();
        for (int i = 0; i < cases.size(); i += 2) {
            assertThat(result.ranFrom(i) || result.holdsScriptMarkup(i))
                    .as(
                            "the check credits harmless %s with what a vector did",
                            cases.get(i).name())
                    .isFalse();
        }
        long own = vectorsWhere(vectors, result::ranFrom);
        System.out.printf(
                "browser check control: of %d vectors written as they are, %d ran a script from their own markup;"
                        + " the other %d built markup that could%n",
                vectors.size(), own, vectors.size() - own);
        assertThat(result.clean()).isFalse();
    }

    private static Path chrome() {
        return Objects.requireNonNull(chromium, MISSING);
    }

    /** The number of vectors whose case, among harmless ones, meets {@code test}. */
    private static long vectorsWhere(List<XssVectors.Vector> vectors, IntPredicate test) {
        return IntStream.range(0, vectors.size())
                .filter(i -> test.test(caseOf(i)))
                .count();
    }

    /** The index of the i-th case of {@link #withHarmlessBetween}, after a harmless one. */
    private static int caseOf(int i) {
        return 2 * i + 1;
    }

    /** The cases with a harmless one before each and after the last: a control that bleeds into them shows. */
    private static List<BrowserCheck.Case> withHarmlessBetween(List<BrowserCheck.Case> cases) {
        List<BrowserCheck.Case> all = new ArrayList<>();
        for (BrowserCheck.Case c : cases) {
            all.add(new BrowserCheck.Case("harmless case " + all.size(), HARMLESS));
            all.add(c);
        }
        all.add(new BrowserCheck.Case("harmless case " + all.size(), HARMLESS));
        return all;
    }

    private static void assertNothingIn(BrowserCheck.Result result, List<BrowserCheck.Case> cases, String what) {
        for (int i = 0; i < cases.size(); i += 2) {
            assertThat(result.ranIn(i) || result.holdsScriptMarkup(i))
                    .as("%s: %s", what, cases.get(i).name())
                    .isFalse();
        }
    }

    @Test
    void a_page_whose_markup_swallows_the_rest_does_not_pass() throws Exception {
        List<BrowserCheck.Case> cases = List.of(
                new BrowserCheck.Case("a harmless case", "<p>text</p>"),
                new BrowserCheck.Case("a case that swallows the rest", "<plaintext>"),
                new BrowserCheck.Case("a case after it", "<p>text</p>"));
        BrowserCheck.Result result = BrowserCheck.run(chrome(), cases);

        assertThat(result.clean()).isFalse();
        assertThat(result.describe(cases)).contains("the page did not finish");
    }

    @Test
    void no_script_runs_in_the_renderers_html_of_any_hostile_answer() throws Exception {
        List<BrowserCheck.Case> cases = HostileAnswers.rendered();
        long start = System.nanoTime();
        BrowserCheck.Result result = BrowserCheck.run(chrome(), cases);
        System.out.printf(
                "browser check: %d hostile answers, %d events dispatched, in %.1f s%n",
                cases.size(), result.dispatched(), (System.nanoTime() - start) / 1e9);

        if (!result.finished()) {
            fail(
                    "the page did not finish: %s%nits parts:%n%s",
                    result.problem(), BrowserCheck.diagnose(chrome(), cases));
        }
        assertThat(result.clean()).as(result.describe(cases)).isTrue();
        // every element of every case was exercised: at least one event per case
        assertThat(result.dispatched()).isGreaterThan(cases.size());
    }
}
