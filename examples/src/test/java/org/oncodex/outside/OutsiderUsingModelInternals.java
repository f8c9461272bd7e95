package org.oncodex.outside;

import org.oncodex.model.internal.Problems;

/** A deliberate violation, for ArchitectureTest to prove its rule can fail: another module using content-model's internals. */
public final class OutsiderUsingModelInternals {
    private OutsiderUsingModelInternals() {}

    static void run() {
        Problems.of("Outsider").throwIfAny();
    }
}
