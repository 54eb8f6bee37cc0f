package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.ast.Identifier;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.Node;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Locations of every node of every corpus program point into the file, never before their
 * parent's, and names are located exactly where their text is written.
 */
class AstLocationsTest {

    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyNodeIsLocatedWhereItIsWritten(Path program) {
        SourceFile file = Corpus.source(program);
        Program ast = NqParser.parse(file);
        check(ast, ast.location(), file);
    }

    private static void check(Object value, SourceLocation parent, SourceFile file) {
        if (value instanceof List<?> list) {
            list.forEach(v -> check(v, parent, file));
        } else if (value instanceof Optional<?> opt) {
            opt.ifPresent(v -> check(v, parent, file));
        } else if (value instanceof Node node) {
            SourceLocation at = node.location();
            assertThat(at.file()).isSameAs(file);
            assertThat(at.line()).as("%s", node).isBetween(1, file.lineCount());
            assertThat(at.column()).as("%s", node).isBetween(1, file.line(at.line()).length() + 1);
            assertThat(at.compareTo(parent)).as("%s starts before its parent at %s", node, parent).isGreaterThanOrEqualTo(0);
            String name = node instanceof Identifier id ? id.name() : node instanceof Name n ? n.name() : null;
            if (name != null) {
                assertThat(file.line(at.line()).substring(at.column() - 1)).as("text at %s", at).startsWith(name);
            }
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    check(c.getAccessor().invoke(node), at, file);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
