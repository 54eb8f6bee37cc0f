/**
 * What {@code nq run} needs besides the command itself: compiling an NQ file to a runnable
 * {@link io.nereid.operators.CompiledProgram} ({@link io.nereid.cli.run.ProgramCompiler}) and
 * its params ({@link io.nereid.cli.run.Params}); binding inputs and outputs to files and running is
 * the launcher module's ({@link io.nereid.launcher.ProgramRunner}).
 */
package io.nereid.cli.run;
