package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A block of a section: a {@link Paragraph}, a {@link BulletList}, a {@link NumberedList}, a
 * {@link Callout} or an {@link EvidenceTable}. In JSON a block carries its kind as {@code "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = BulletList.class, name = "bulletList"),
    @JsonSubTypes.Type(value = NumberedList.class, name = "numberedList"),
    @JsonSubTypes.Type(value = Callout.class, name = "callout"),
    @JsonSubTypes.Type(value = EvidenceTable.class, name = "evidenceTable")
})
public sealed interface Block permits Paragraph, BulletList, NumberedList, Callout, EvidenceTable {

    /** The words a reader sees, without markup; list items and table rows on lines of their own. */
    String plainText();
}
