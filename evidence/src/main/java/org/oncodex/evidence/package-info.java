/**
 * A cited oncology knowledge base: vocabulary, trial results, treatment options and approval statements, each with its citation.
 */
@NullMarked
package org.oncodex.evidence;

import org.jspecify.annotations.NullMarked;
