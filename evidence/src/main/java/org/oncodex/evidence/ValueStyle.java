package org.oncodex.evidence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package's value types, as in content-model: generated {@code
 * Immutable*} classes stay package-private behind the abstract type; users call {@code of(...)} or
 * {@code builder()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        depluralize = true,
        depluralizeDictionary = {"setting", "treatment", "modality:modalities", "mention", "concept", "result"},
        jdkOnly = true,
        allParameters = false,
        headerComments = false)
@interface ValueStyle {}
