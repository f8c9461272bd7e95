package org.oncodex.disclaimers.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in the disclaimers module, the same as content-model's
 * (which this module may not reach into).
 *
 * <p>Source retention: it leaves no trace in the compiled classes. It is public only because the
 * {@code package-info} of the public package applies it; users never need it.
 *
 * <p>The generated {@code Immutable*} classes are package-private and hidden behind the abstract
 * type ({@code overshadowImplementation}), so no public signature names them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        depluralize = true,
        depluralizeDictionary = {"therapy:therapies"},
        jdkOnly = true,
        allParameters = false,
        headerComments = false)
public @interface ValueStyle {}
