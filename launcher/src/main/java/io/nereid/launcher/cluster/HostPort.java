package io.nereid.launcher.cluster;

import java.util.function.Function;

/** A process address, {@code host:port}. */
public record HostPort(String host, int port) {
  /** Parses {@code host:port}; a malformed address is reported through {@code error}. */
  public static HostPort parse(String text, Function<String, ? extends RuntimeException> error) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw error.apply("'" + text + "' is not an address: expected HOST:PORT, e.g. 127.0.0.1:7000");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw error.apply("'" + text + "': the port must be a number");
    }
    if (port < 1 || port > 65535) {
      throw error.apply("'" + text + "': the port must be in 1..65535");
    }
    return new HostPort(text.substring(0, colon), port);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
