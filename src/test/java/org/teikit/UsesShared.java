package org.teikit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (or a class of them) that reads the shared folder ({@link Shared}): tagged
 * {@code corpus}, so that it can be chosen or left out with {@code -Dgroups} or
 * {@code -DexcludedGroups} (plain {@code mvn test} runs it), and failed with a plain message when
 * the folder is missing rather than skipped.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("corpus")
@ExtendWith(Shared.Check.class)
public @interface UsesShared {}
