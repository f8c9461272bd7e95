package org.oncodex.rules;

/*
 * A list of approvals after the word of approval, one item per treatment between semicolons: "FDA approvals after
 * sorafenib: regorafenib (regular); cabozantinib (regular); pembrolizumab (regular)", "ramucirumab, regular;
 * nivolumab, regular". What an item says of its own treatment (the kind of approval) is that treatment's claim, not
 * its neighbours': each treatment is held against the words of its own item.
 */
/** The item of a semicolon list of approvals that holds a treatment. */
final class ApprovalListItems {
    private ApprovalListItems() {}

    /**
     * The words of the item that holds {@code named} in {@code text} after {@code approvedEnd}, when the treatments
     * after the word of approval are a list with semicolons between them; empty otherwise.
     */
    static String itemOf(String text, String named, int approvedEnd) {
        int colon = text.indexOf(':', approvedEnd);
        int at = named.isEmpty() ? -1 : text.indexOf(named, Math.max(approvedEnd, colon));
        if (colon < 0 || at < 0 || text.indexOf(';', colon) < 0) {
            return "";
        }
        int start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at)) + 1;
        int end = text.indexOf(';', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
