/**
 * Renderers of answers: {@link org.oncodex.render.MarkdownRenderer} (CommonMark with footnote
 * citations), {@link org.oncodex.render.HtmlRenderer} (semantic, fully escaped), {@link
 * org.oncodex.render.PlainTextRenderer}, and {@link org.oncodex.render.OncodexJson} for a lossless
 * JSON round trip. Rendering is deterministic: the same answer gives the same bytes.
 */
@NullMarked
package org.oncodex.render;

import org.jspecify.annotations.NullMarked;
