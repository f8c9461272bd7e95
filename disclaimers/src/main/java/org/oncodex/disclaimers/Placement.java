package org.oncodex.disclaimers;

/** Where a disclaimer stands in an answer. */
public enum Placement {
    /** At the top, before the answer's content (the banner of the reference answers). */
    HEADER,
    /** At the end, after the answer's content. */
    FOOTER,
    /** Next to the content that made it necessary, such as the paragraph that names a therapy. */
    INLINE
}
