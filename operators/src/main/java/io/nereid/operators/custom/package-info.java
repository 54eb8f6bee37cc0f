/**
 * The Java API for custom vertices callable from NQ, as Naiad frameworks wrote their own
 * vertices. A user writes a class that implements {@link io.nereid.operators.custom.CustomVertex}
 * and is annotated with {@link io.nereid.operators.custom.NqVertex} (its output schema, the input
 * columns it needs and the columns its input is partitioned by), then calls it from NQ:
 *
 * <pre>
 * import java com.acme.Dedup;
 * input clicks : (user: string, ts: long);
 * let sessions = clicks.apply(Dedup, 30L);   // constructor arguments follow the class
 * </pre>
 *
 * <p>The compiler checks the class when the program is compiled and generates an adapter that
 * hands the vertex typed views of the batches ({@link io.nereid.operators.custom.Rows}) and a
 * typed row builder for its output ({@link io.nereid.operators.custom.Emitter}).
 */
package io.nereid.operators.custom;
