/**
 * Programs written directly against the runtime API, with hand-written vertices: the launcher's
 * main job until NQ programs run, the runtime's end-to-end tests, and the shape that generated
 * code takes (specialized batches, primitive state, loop-invariant data indexed once).
 */
package io.nereid.runtime.examples;
