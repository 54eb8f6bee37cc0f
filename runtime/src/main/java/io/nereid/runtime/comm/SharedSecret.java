package io.nereid.runtime.comm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The secret that the processes of one computation share and prove to each other in the
 * handshake (it never crosses the wire). It comes from {@code --secret-file PATH} (the file's
 * text, trimmed), from the environment variable {@value #ENV}, or is generated at random for the
 * children of a {@code --local} run, which receive it in {@value #ENV}.
 *
 * <p>{@link #toString()} does not show the secret.
 */
public final class SharedSecret {
  /** The environment variable that holds the secret. */
  public static final String ENV = "NEREID_SECRET";

  /** The fewest bytes a secret may have. */
  public static final int MIN_BYTES = 16;

  private static final Logger LOG = Logger.getLogger(SharedSecret.class.getName());

  private final byte[] bytes;

  private SharedSecret(byte[] bytes, String source) {
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException("the shared secret from " + source + " has " + bytes.length
          + " bytes, at least " + MIN_BYTES + " are needed; hint: generate one with `openssl rand -hex 32`");
    }
    this.bytes = bytes;
  }

  /** The secret given as bytes (copied). */
  public static SharedSecret of(byte[] bytes) {
    return new SharedSecret(bytes.clone(), "the caller");
  }

  /** A new random secret of 32 bytes, for the processes of a {@code --local} run. */
  public static SharedSecret generate() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return new SharedSecret(HexFormat.of().formatHex(b).getBytes(StandardCharsets.US_ASCII), "generate()");
  }

  /**
   * Reads the secret from a file: its text, trimmed, as UTF-8. Warns (once, in the log) when
   * others than the owner may read the file.
   */
  public static SharedSecret fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the secret file " + file + ": " + e.getMessage()
          + "; hint: --secret-file must name a readable file that holds the shared secret", e);
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
        LOG.warning("secret file " + file + " is readable by others than its owner; hint: chmod 600 " + file);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: nothing to check
    }
    return new SharedSecret(text.getBytes(StandardCharsets.UTF_8), "file " + file);
  }

  /**
   * The secret of a process: from {@code secretFile} if given, else from {@value #ENV} in
   * {@code env}.
   *
   * @throws IllegalArgumentException if neither is set, or the secret is too short
   */
  public static SharedSecret resolve(Path secretFile, Map<String, String> env) {
    if (secretFile != null) {
      return fromFile(secretFile);
    }
    String value = env.get(ENV);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no shared secret: a computation of several processes needs one;"
          + " hint: pass --secret-file PATH or set " + ENV + " (the same on every process)");
    }
    return new SharedSecret(value.trim().getBytes(StandardCharsets.UTF_8), "$" + ENV);
  }

  /** The secret's bytes (a copy), e.g. for the HMAC key. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The secret as the value of {@value #ENV} for a child process; round-trips through
   * {@link #resolve} only for secrets made of text (all but {@link #of} with arbitrary bytes).
   */
  public String toEnvValue() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedSecret s && MessageDigest.isEqual(s.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SharedSecret[" + bytes.length + " bytes]";
  }
}
