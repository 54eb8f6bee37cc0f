package io.nereid.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {

    @Test
    void writesAMissingGoldenThenComparesWithIt(@TempDir Path root) throws Exception {
        Golden.assertMatches(root, "ast", "p", "tree\n", false);
        assertThat(Files.readString(root.resolve("ast/p.txt"))).isEqualTo("tree\n");
        Golden.assertMatches(root, "ast", "p", "tree", false);
        assertThatThrownBy(() -> Golden.assertMatches(root, "ast", "p", "other\n", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Dnereid.bless=true");
    }

    @Test
    void blessingRewritesInsteadOfFailing(@TempDir Path root) throws Exception {
        Golden.assertMatches(root, "plan", "q", "old\n", false);
        Golden.assertMatches(root, "plan", "q", "new\r\n", true);
        assertThat(Files.readString(root.resolve("plan/q.txt"))).isEqualTo("new\n");
    }
}
