package io.nereid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntPatternsTest {
    @Test
    void doubleStarMatchesAnyNumberOfDirectoriesIncludingNone() {
        AntPatterns p = new AntPatterns(List.of("**/*.nq"), List.of());
        assertThat(p.matches("a.nq")).isTrue();
        assertThat(p.matches("x/a.nq")).isTrue();
        assertThat(p.matches("x/y/z/a.nq")).isTrue();
        assertThat(p.matches("a.nqs")).isFalse();
        assertThat(p.matches("x/a.java")).isFalse();
    }

    @Test
    void singleStarStaysInsideOneName() {
        AntPatterns p = new AntPatterns(List.of("jobs/*.nq"), List.of());
        assertThat(p.matches("jobs/rank.nq")).isTrue();
        assertThat(p.matches("jobs/old/rank.nq")).isFalse();
        assertThat(p.matches("rank.nq")).isFalse();
    }

    @Test
    void excludesWinOverIncludesAndATrailingSlashMeansEverythingUnder() {
        AntPatterns p = new AntPatterns(List.of("**/*.nq"), List.of("target/", "**/draft-?.nq"));
        assertThat(p.matches("target/x.nq")).isFalse();
        assertThat(p.matches("target/a/b.nq")).isFalse();
        assertThat(p.matches("jobs/draft-1.nq")).isFalse();
        assertThat(p.matches("jobs/draft-12.nq")).isTrue();
        assertThat(p.matches("jobs/final.nq")).isTrue();
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        AntPatterns p = new AntPatterns(List.of("a+b/(x).nq"), List.of());
        assertThat(p.matches("a+b/(x).nq")).isTrue();
        assertThat(p.matches("aab/x.nq")).isFalse();
    }
}
