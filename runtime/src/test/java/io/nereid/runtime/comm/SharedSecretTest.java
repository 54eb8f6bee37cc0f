package io.nereid.runtime.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedSecretTest {

  @Test
  void readsTheTrimmedTextOfTheSecretFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secret");
    Files.writeString(file, "  correct horse battery staple\n");
    SharedSecret s = SharedSecret.resolve(file, Map.of(SharedSecret.ENV, "ignored-because-a-file-is-given"));
    assertThat(s).isEqualTo(SharedSecret.of("correct horse battery staple".getBytes()));
  }

  @Test
  void fallsBackToTheEnvironment() {
    SharedSecret s = SharedSecret.resolve(null, Map.of(SharedSecret.ENV, "0123456789abcdef0123"));
    assertThat(s.bytes()).isEqualTo("0123456789abcdef0123".getBytes());
  }

  @Test
  void missingSecretSaysWhereToPutIt() {
    assertThatThrownBy(() -> SharedSecret.resolve(null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--secret-file").hasMessageContaining(SharedSecret.ENV);
  }

  @Test
  void shortOrUnreadableSecretsAreRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> SharedSecret.resolve(null, Map.of(SharedSecret.ENV, "short")))
        .hasMessageContaining("at least 16");
    assertThatThrownBy(() -> SharedSecret.fromFile(dir.resolve("missing")))
        .hasMessageContaining("cannot read the secret file");
  }

  @Test
  void generatedSecretsAreFreshAndPassThroughTheEnvironment() {
    SharedSecret a = SharedSecret.generate();
    SharedSecret b = SharedSecret.generate();
    assertThat(a).isNotEqualTo(b);
    assertThat(SharedSecret.resolve(null, Map.of(SharedSecret.ENV, a.toEnvValue()))).isEqualTo(a);
    assertThat(a.toString()).doesNotContain(a.toEnvValue());
  }
}
