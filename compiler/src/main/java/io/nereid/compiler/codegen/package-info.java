/**
 * Java code generation from the physical plan (JavaPoet), one generator per artifact: batch
 * classes with primitive columns ({@link io.nereid.compiler.codegen.RecordBatchGenerator}) and
 * their wire codecs ({@link io.nereid.compiler.codegen.BatchCodecGenerator}); one vertex class
 * per stage ({@link io.nereid.compiler.codegen.StageGenerator} with one {@code *Code} class per
 * entry operator, and {@link io.nereid.compiler.codegen.ChainGenerator} for the fused loop); the
 * program class that builds and runs the dataflow ({@link
 * io.nereid.compiler.codegen.DataflowGenerator}). Runtime classes are named through {@link
 * io.nereid.compiler.codegen.RuntimeNames}: this module never loads them. {@link
 * io.nereid.compiler.codegen.InMemoryCompiler} compiles the result with javax.tools and caches it
 * by source hash. Entry point: {@link io.nereid.compiler.codegen.CodeGenerator#generate}.
 */
package io.nereid.compiler.codegen;
