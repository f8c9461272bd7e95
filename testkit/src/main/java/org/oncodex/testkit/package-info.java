/**
 * Assertions and generators of valid Oncodex values for users' own tests.
 *
 * <ul>
 *   <li>{@link org.oncodex.testkit.AnswerAssert}: AssertJ assertions on answers, whose failures list
 *       what the answer has instead.
 * </ul>
 */
@NullMarked
package org.oncodex.testkit;

import org.jspecify.annotations.NullMarked;
