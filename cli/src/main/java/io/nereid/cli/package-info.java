/**
 * The {@code nq} command line: {@link io.nereid.cli.Main} builds the picocli command tree from the
 * subcommands listed in {@code Main.SUBCOMMANDS}; each subcommand is a class of its own here.
 */
package io.nereid.cli;
