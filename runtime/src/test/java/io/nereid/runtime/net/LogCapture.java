package io.nereid.runtime.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the messages logged to one java.util.logging logger while open. */
final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      messages.add(r.getLevel() + ": " + r.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  LogCapture(String loggerName) {
    logger = Logger.getLogger(loggerName);
    logger.addHandler(handler);
  }

  /** Captures the log of the fabric. */
  static LogCapture fabric() {
    return new LogCapture(NettyFabric.class.getName());
  }

  List<String> messages() {
    return List.copyOf(messages);
  }

  List<String> containing(String part) {
    return messages.stream().filter(m -> m.contains(part)).toList();
  }

  /** Waits until a message containing {@code part} was logged (the test's timeout bounds the wait). */
  String await(String part) throws InterruptedException {
    while (true) {
      for (String m : messages) {
        if (m.contains(part)) {
          return m;
        }
      }
      Thread.sleep(5);
    }
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
