package io.nereid.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class if Netty's leak detector (paranoid in the runtime's surefire
 * configuration) reported a buffer that was never released: collects garbage, then allocates
 * so that the detector reports what it found.
 */
final class LeakCheck implements BeforeAllCallback, AfterAllCallback {
  private LogCapture leaks;

  @Override
  public void beforeAll(ExtensionContext context) {
    leaks = new LogCapture(ResourceLeakDetector.class.getName());
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
    }
  }
}
