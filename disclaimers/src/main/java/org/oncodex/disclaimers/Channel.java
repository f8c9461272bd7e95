package org.oncodex.disclaimers;

/** How an answer reaches its reader. A {@link DisclaimerPolicy} states the channels it is for. */
public enum Channel {
    /** A web page or an app screen that shows the whole answer at once. */
    WEB,
    /** A chat conversation, where the answer is one message among others. */
    CHAT,
    /** An email. */
    EMAIL,
    /** Paper, or a document meant for printing. */
    PRINT
}
