package io.nereid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramNamesTest {
    @Test
    void directoriesArePackagesAndTheFileIsTheClass() {
        ProgramNames n = ProgramNames.of("com/acme/page-rank.nq", "");
        assertThat(n.packageName()).isEqualTo("com.acme");
        assertThat(n.className()).isEqualTo("PageRank");
        assertThat(n.internalPackage()).isEqualTo("com.acme.page_rank_nq");
        assertThat(n.qualifiedName()).isEqualTo("com.acme.PageRank");
    }

    @Test
    void thePrefixComesFirstAndATopLevelProgramWithoutOneGoesInPackageNq() {
        assertThat(ProgramNames.of("jobs/rank.nq", "io.acme").qualifiedName()).isEqualTo("io.acme.jobs.Rank");
        assertThat(ProgramNames.of("wordcount.nq", "").qualifiedName()).isEqualTo("nq.Wordcount");
        assertThat(ProgramNames.of("wordcount.nq", "  ").internalPackage()).isEqualTo("nq.wordcount_nq");
    }

    @Test
    void namesThatAreNotJavaBecomeJava() {
        ProgramNames n = ProgramNames.of("2024/new/transitive_closure.nq", "");
        assertThat(n.packageName()).isEqualTo("_2024.new_");
        assertThat(n.className()).isEqualTo("TransitiveClosure");
        assertThat(ProgramNames.of("9lives.nq", "").className()).isEqualTo("Nq9lives");
        assertThat(ProgramNames.upperCamel("pageRank")).isEqualTo("PageRank");
    }
}
