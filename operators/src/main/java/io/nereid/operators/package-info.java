/**
 * The operator library shared by generated NQ programs (Naiad's Lindi level): what generated
 * vertices use and the runtime does not know about. Typed CSV sources ({@link CsvSource}), result
 * collection and sinks ({@link ResultCollector}, {@link TablePrinter}, {@link CsvResultWriter}),
 * per-time state ({@link PerTime}), and the contract every compiled program implements
 * ({@link CompiledProgram}). Depends on the runtime only.
 */
package io.nereid.operators;
