package io.nereid.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with Netty's leak detector at its paranoid level (every buffer tracked)
 * and fails it if a buffer was never released: collects garbage, then allocates so that the
 * detector reports what it found. The level is restored afterwards, since tracking every
 * buffer slows allocation down by orders of magnitude.
 */
final class LeakCheck implements BeforeAllCallback, AfterAllCallback {
  private LogCapture leaks;
  private ResourceLeakDetector.Level previous;

  @Override
  public void beforeAll(ExtensionContext context) {
    leaks = new LogCapture(ResourceLeakDetector.class.getName());
    previous = ResourceLeakDetector.getLevel();
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      for (int round = 0; round < 3; round++) {
        System.gc();
        Thread.sleep(50);
        for (int i = 0; i < 100; i++) {
          ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(16);
          b.release();
        }
      }
      assertThat(leaks.containing("LEAK")).as("Netty buffers never released (leak detector reports)").isEmpty();
    } finally {
      leaks.close();
      ResourceLeakDetector.setLevel(previous);
    }
  }
}
