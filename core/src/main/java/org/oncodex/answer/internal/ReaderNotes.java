package org.oncodex.answer.internal;

/** Notes the Markdown reader leaves on an answer that the rules read back. */
public final class ReaderNotes {
    /**
     * The note on a written answer that has no title stating its question: a chat reply answers the message
     * before it and rarely restates it, so its missing question is the reader's assumption, not a defect.
     */
    public static final String NO_QUESTION = "the answer has no title stating its question: it is read as a reply"
            + " to a question asked elsewhere (give the question with ReadOptions.question to check it)";

    private ReaderNotes() {}
}
