/**
 * What {@code nq run} needs besides the command itself: compiling an NQ file to a runnable
 * {@link io.nereid.operators.CompiledProgram} ({@link io.nereid.cli.run.ProgramCompiler}) and
 * binding its declared inputs and outputs to files ({@link io.nereid.cli.run.Bindings}).
 */
package io.nereid.cli.run;
