/**
 * Seeded, deterministic data generators for tests, samples and benchmarks.
 *
 * <p>{@link io.nereid.datagen.Rmat} generates R-MAT graphs with the Graph500 parameters straight
 * into arrays ({@link io.nereid.datagen.EdgeList}); {@link io.nereid.datagen.EdgeCsvWriter} and
 * {@link io.nereid.datagen.EdgeCsvReader} move such edge lists to and from {@code src,dst} CSV
 * files quickly. {@link io.nereid.datagen.Tpch} writes the eight TPC-H tables as {@code .tbl}
 * files (through {@code io.airlift.tpch}). This module depends on no other Nereid module.
 */
package io.nereid.datagen;
