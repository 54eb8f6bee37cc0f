/**
 * Test support for the runtime: generators of timestamps and summaries ({@code TimeArbitraries}),
 * random dataflow programs with a sequential reference ({@code Plan}), their construction as
 * runtime graphs with instrumented vertices ({@code PlanDataflow}, {@code PlanVertex}), and the
 * per-vertex event log that checks the notification contract ({@code EventLog}).
 */
package io.nereid.runtime.testing;
