package org.oncodex.answer.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in the core module (answers, rules, renderers).
 *
 * <p>Source retention: it leaves no trace in the compiled classes. It is public only because it is
 * applied from the {@code package-info} of several packages; users never need it.
 *
 * <p>The generated {@code Immutable*} classes are package-private and hidden behind the abstract
 * type ({@code overshadowImplementation}), so no public signature names them; each value exposes
 * {@code builder()} through a public nested {@code Builder} and {@code of(...)} factories.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        depluralize = true,
        depluralizeDictionary = {"inline", "block", "item", "question", "source", "section", "disclaimer"},
        jdkOnly = true,
        allParameters = false,
        headerComments = false)
public @interface ValueStyle {}
