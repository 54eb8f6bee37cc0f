package io.nereid.runtime.net;

import io.nereid.runtime.comm.SharedSecret;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proofs of the handshake. Each side sends a HELLO with a fresh random nonce (its
 * challenge); each answers with {@code HMAC-SHA256(secret, label | role | version | processes |
 * dialer id | acceptor id | dialer nonce | acceptor nonce)}, {@code role} being 'D' for the
 * side that dialed and 'A' for the side that accepted. The secret never crosses the wire; the
 * fresh nonce of the verifier defeats replay, the role defeats reflection of a proof back to
 * its sender, and the ids bind the proof to the pair of processes it was made for.
 */
final class Handshake {
  static final byte DIALER = 'D';
  static final byte ACCEPTOR = 'A';

  private static final byte[] LABEL = "nereid-fabric-handshake".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  Handshake(SharedSecret secret) {
    this.key = new SecretKeySpec(secret.bytes(), "HmacSHA256");
  }

  static byte[] nonce() {
    byte[] n = new byte[Wire.NONCE_BYTES];
    RANDOM.nextBytes(n);
    return n;
  }

  /** The proof that the side in {@code role} knows the secret. */
  byte[] proof(byte role, int processes, int dialerId, int acceptorId, byte[] dialerNonce, byte[] acceptorNonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(LABEL);
      mac.update(ByteBuffer.allocate(17).put(role).putInt(Wire.VERSION).putInt(processes).putInt(dialerId)
          .putInt(acceptorId).flip());
      mac.update(dialerNonce);
      mac.update(acceptorNonce);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Whether {@code received} is the expected proof (compared in constant time). */
  boolean verify(byte[] received, byte role, int processes, int dialerId, int acceptorId, byte[] dialerNonce,
      byte[] acceptorNonce) {
    return MessageDigest.isEqual(received, proof(role, processes, dialerId, acceptorId, dialerNonce, acceptorNonce));
  }
}
