package org.oncodex.model.archfixture;

import org.oncodex.examples.Main;

/** A deliberate violation, for ArchitectureTest to prove its rule can fail: content-model using examples. */
public final class ModelClassReachingIntoExamples {
    private ModelClassReachingIntoExamples() {}

    static void run() throws Exception {
        Main.main(new String[0]);
    }
}
