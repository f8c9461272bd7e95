/**
 * A cited oncology knowledge base: vocabulary, trial results, treatment options and approval
 * statements, each with its citation.
 *
 * <p>Start with {@link org.oncodex.evidence.EvidenceBase#bundled()} or {@link
 * org.oncodex.evidence.EvidenceBase#load(java.nio.file.Path)}.
 */
@NullMarked
@ValueStyle
package org.oncodex.evidence;

import org.jspecify.annotations.NullMarked;
