/**
 * The timely dataflow runtime of Nereid, after Naiad (SOSP'13) and timely-dataflow.
 *
 * <p>Layers, each depending only on the ones before it:
 * <ul>
 *   <li>{@code time}: timestamps (epoch + loop counters), path summaries, antichains.</li>
 *   <li>{@code progress}: pointstamp counts, reachability (could-result-in), the tracker that
 *       turns counts into frontiers.</li>
 *   <li>{@code data}: batches of records, batch types, partitioners. The runtime moves batches
 *       without knowing their layout; generated code provides specialized ones.</li>
 *   <li>{@code graph}: the building API (scopes, loops, stages, streams, pacts, vertices) and the
 *       validated, immutable {@link io.nereid.runtime.graph.Graph}.</li>
 *   <li>{@code exec}: workers, schedulers, channels, inputs, probes, the running computation.</li>
 * </ul>
 */
package io.nereid.runtime;
