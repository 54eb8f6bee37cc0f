package io.nereid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildErrorTest {
    @Test
    void aLocatedErrorIsOneLineStartingWithFileLineAndColumn() {
        assertThat(new BuildError("/p/src/main/nq/a.nq", 3, 9, "unknown relation 'edgs'\n  (hint: did you mean 'edges'?)")
                .format()).isEqualTo("/p/src/main/nq/a.nq:3:9: unknown relation 'edgs' (hint: did you mean 'edges'?)");
    }

    @Test
    void anErrorWithoutAPlaceNamesTheFile() {
        assertThat(new BuildError("/p/a.nq", 0, 0, "cannot plan this").format()).isEqualTo("/p/a.nq: cannot plan this");
    }
}
