package io.nereid.runtime.comm;

/**
 * Writes the payload of one frame, during {@link Fabric#send}. A codec call is the usual body:
 * {@code out -> codec.write(batch, out)}.
 */
@FunctionalInterface
public interface FrameWriter {
  void writeTo(WireWriter out);
}
