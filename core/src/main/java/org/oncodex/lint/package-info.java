/**
 * Reading answers written elsewhere into {@link org.oncodex.answer.Answer}s the content rules can
 * check: {@link org.oncodex.lint.MarkdownAnswers} reads Markdown answers.
 */
@NullMarked
package org.oncodex.lint;

import org.jspecify.annotations.NullMarked;
