package io.nereid.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the module direction of DESIGN.md on the compiled classes of every module on this
 * test classpath (all but bench and samples): {@code runtime <- operators <- differential},
 * {@code grammar <- compiler}, the launcher without the compiler, Netty only in {@code io.nereid.runtime.net}, datagen standalone.
 * A violation fails with ArchUnit's report, which names each offending class, member and line.
 *
 * <p>Rules allow an empty "that" clause because modules start empty; {@link
 * #importsTheClassesOfTheModules} makes sure the import itself works.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importNereid() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.nereid");
    }

    @Test
    void importsTheClassesOfTheModules() {
        assertThat(classes.contain(Main.class)).as("cli classes imported").isTrue();
        assertThat(classes.contain("io.nereid.datagen.Rmat")).as("datagen classes imported").isTrue();
        // Modules that have code by now; add a module here once it has its first class.
        for (String module : new String[] {"runtime", "compiler", "launcher"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.nereid." + module + ".")))
                    .as("%s classes imported", module).isTrue();
        }
        assertThat(classes.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")))
                .as("test classes are not checked").isTrue();
    }

    @Test
    void runtimeDependsOnNoHigherLayerAndNeitherOnAntlrNorJavaPoet() {
        check(noClasses().that().resideInAPackage("io.nereid.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.nereid.operators..", "io.nereid.differential..", "io.nereid.compiler..",
                        "io.nereid.grammar..", "io.nereid.cli..", "io.nereid.datagen..",
                        "org.antlr..", "com.palantir.javapoet..")
                .because("the runtime is the bottom layer: operators, differential and generated code build on it,"
                        + " never the other way round (DESIGN.md, Modules)"));
    }

    @Test
    void operatorsDependOnTheRuntimeOnly() {
        check(noClasses().that().resideInAPackage("io.nereid.operators..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.nereid.differential..", "io.nereid.compiler..", "io.nereid.grammar..", "io.nereid.cli..")
                .because("the direction is runtime <- operators <- differential (DESIGN.md, Modules)"));
    }

    @Test
    void theLauncherRunsProgramsWithoutTheCompiler() {
        check(noClasses().that().resideInAPackage("io.nereid.launcher..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.nereid.compiler..", "io.nereid.grammar..", "io.nereid.cli..", "org.antlr..",
                        "com.palantir.javapoet..")
                .because("programs compiled ahead of time (nereid-maven-plugin) run on the launcher with only"
                        + " the runtime and operators on their class path"));
    }

    @Test
    void grammarDoesNotKnowTheCompiler() {
        check(noClasses().that().resideInAPackage("io.nereid.grammar..")
                .should().dependOnClassesThat().resideInAPackage("io.nereid.compiler..")
                .because("the grammar module holds the ANTLR grammar and nothing else: grammar <- compiler"));
    }

    @Test
    void compilerNamesRuntimeClassesOnlyByString() {
        check(noClasses().that().resideInAPackage("io.nereid.compiler..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.nereid.runtime..", "io.nereid.operators..", "io.nereid.differential..")
                .because("the compiler emits code that uses the runtime but does not need to run it:"
                        + " it names runtime classes through ClassName constants built from strings"));
    }

    @Test
    void onlyTheRuntimeNetPackageUsesNetty() {
        check(noClasses().that().resideOutsideOfPackage("io.nereid.runtime.net..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .because("all Netty imports sit in io.nereid.runtime.net, so that a one-process run never touches"
                        + " Netty and the wire format lives in one place"));
    }

    @Test
    void datagenDependsOnNoOtherNereidModule() {
        check(noClasses().that().resideInAPackage("io.nereid.datagen..")
                .should().dependOnClassesThat(resideInAPackage("io.nereid..")
                        .and(not(resideInAnyPackage("io.nereid.datagen.."))))
                .because("generators are used by the tests of every module, including the runtime's"));
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
