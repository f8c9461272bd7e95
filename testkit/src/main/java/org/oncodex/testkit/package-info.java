/**
 * Assertions and generators of valid Oncodex values for users' own tests.
 *
 * <ul>
 *   <li>{@link org.oncodex.testkit.AnswerAssert}: AssertJ assertions on answers, whose failures list
 *       what the answer has instead.
 *   <li>{@link org.oncodex.testkit.OncodexArbitraries}: random valid statistics, citations, trial
 *       results and answers, from a seeded {@link java.util.random.RandomGenerator}.
 *   <li>{@link org.oncodex.testkit.OncodexGens}: the same values as QuickTheories generators (needs
 *       QuickTheories on the test classpath).
 * </ul>
 */
@NullMarked
package org.oncodex.testkit;

import org.jspecify.annotations.NullMarked;
