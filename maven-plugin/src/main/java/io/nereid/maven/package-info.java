/**
 * {@code nereid-maven-plugin}: its goal {@code compile} turns the {@code .nq} programs of a project
 * into Java sources of the build ({@link io.nereid.maven.CompileMojo}). The Maven-free parts (which
 * files, which are stale, what each becomes, how errors read) are plain classes with unit tests;
 * the mojo only adapts them to Maven.
 */
package io.nereid.maven;
