package io.nereid.operators.custom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how NQ sees a {@link CustomVertex}: read by the compiler when a program that applies
 * the class is compiled.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NqVertex {
    /**
     * The output row, as NQ fields: {@code "user: string, sessions: long"}. Types are {@code bool
     * int long double string date}. Empty: the same fields as the input.
     */
    String output() default "";

    /**
     * Fields the input must have (by name, with these types): {@code "user: string, ts: long"}.
     * The compiler reports a program whose input lacks one. Empty: any input.
     */
    String input() default "";

    /**
     * Input fields whose equal values must meet on one worker: the rows are exchanged by their
     * hash before the vertex. Empty: every worker's vertex sees the rows of its own worker.
     */
    String[] partitionBy() default {};
}
