package io.nereid.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public class generated for a program compiles against the launcher, operators and runtime,
 * and its typed API carries every column kind (and nulls of a left join) through a real run.
 */
class GeneratedApiTest {
    static final String PROGRAM = """
            input t : (b: bool, i: int, l: long, d: double, s: string, day: date);
            input owners : (id: long, name: string);
            let all = from r in t select (b: r.b, i: r.i, l: r.l, d: r.d, s: r.s, day: r.day);
            let named = from r in t left join o in owners on r.l equals o.id select (l: r.l, name: o.name);
            output all;
            output named;
            """;

    @TempDir
    Path root;

    /** Generates {@code file} with {@code program} into package demo, compiles it, returns the class directory. */
    private Path generateAndCompile(String file, String program) throws IOException {
        Path src = root.resolve("nq");
        Path out = root.resolve("gen");
        Path classes = root.resolve("classes");
        Files.createDirectories(src);
        Files.writeString(src.resolve(file), program);
        NqBuild.Report report = new NqBuild(new NqBuild.Config(src, out, root.resolve("state"),
                new AntPatterns(List.of("**/*.nq"), List.of()), "demo"), "test").run();
        assertThat(report.errors()).isEmpty();
        compile(out, classes);
        return classes;
    }

    @Test
    void relationsNamedLikeTheClassOrItsMembersStillGiveLegalDistinctNames() throws Exception {
        Path classes = generateAndCompile("edges.nq", """
                input edges : (src: long, dst: long);
                input edgesReader : (x: long);
                input workers : (id: long);
                input readers : (id: long);
                let result = from e in edges select (src: e.src);
                output result;
                output readers;
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> api = loader.loadClass("demo.Edges");
            assertThat(Stream.of(api.getDeclaredClasses()).map(Class::getSimpleName)).containsExactlyInAnyOrder(
                    "EdgesRow", "EdgesRowReader", "EdgesReader", "EdgesReaderReader", "Workers", "WorkersReader",
                    "Readers", "ReadersReader", "ResultRow", "ReadersRow", "Result");
            assertThat(api.getMethod("run", Iterable.class, Iterable.class, Iterable.class, Iterable.class, int.class)
                    .getReturnType().getSimpleName()).isEqualTo("Result");
        }
    }

    @Test
    void theTypedApiRunsTheProgramOnRecordsAndReturnsRecords() throws Exception {
        Path classes = generateAndCompile("kinds.nq", PROGRAM);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> api = loader.loadClass("demo.Kinds");
            Class<?> t = loader.loadClass("demo.Kinds$T");
            Class<?> owners = loader.loadClass("demo.Kinds$Owners");
            assertThat(Stream.of(t.getRecordComponents()).map(c -> c.getType().getSimpleName() + " " + c.getName()))
                    .containsExactly("boolean b", "int i", "long l", "double d", "String s", "LocalDate day");
            Constructor<?> newT = t.getDeclaredConstructors()[0];
            Constructor<?> newOwner = owners.getDeclaredConstructors()[0];
            List<Object> rows = List.of(
                    newT.newInstance(true, 7, 1L, 2.5, "x", LocalDate.of(2024, 1, 31)),
                    newT.newInstance(false, -1, 2L, 0.0, "y", LocalDate.of(1969, 12, 31)));
            List<Object> people = List.of(newOwner.newInstance(1L, "ann"));
            Method run = api.getMethod("run", Iterable.class, Iterable.class, int.class);

            Object result = run.invoke(null, rows, people, 2);

            List<?> all = (List<?>) result.getClass().getMethod("all").invoke(result);
            assertThat(all.stream().map(GeneratedApiTest::values)).containsExactlyInAnyOrder(
                    List.of(true, 7, 1L, 2.5, "x", LocalDate.of(2024, 1, 31)),
                    List.of(false, -1, 2L, 0.0, "y", LocalDate.of(1969, 12, 31)));
            List<?> named = (List<?>) result.getClass().getMethod("named").invoke(result);
            assertThat(named.stream().map(GeneratedApiTest::values))
                    .containsExactlyInAnyOrder(List.of(1L, "ann"), java.util.Arrays.asList(2L, null));
        }
    }

    @Test
    void paramsAreGivenThroughTheTypedApiWhenTheProgramRuns() throws Exception {
        Path classes = generateAndCompile("shift.nq", """
                input nums : (x: long);
                param add : long = 1;
                param rounds : int = 2;
                param tag : string;
                let r = iterate r = (from n in nums select (x: n.x)) times rounds { from y in r select (x: y.x + add) };
                let tagged = from y in r select (x: y.x, tag: tag);
                output tagged;
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> api = loader.loadClass("demo.Shift");
            Class<?> params = loader.loadClass("demo.Shift$Params");
            Constructor<?> newNum = loader.loadClass("demo.Shift$Nums").getDeclaredConstructors()[0];
            List<Object> nums = List.of(newNum.newInstance(1L), newNum.newInstance(10L));
            Method run = api.getMethod("run", params, Iterable.class, int.class);
            Object defaults = params.getMethod("defaults").invoke(null);
            Object tagged = params.getMethod("withTag", String.class).invoke(defaults, "a");
            Object other = params.getMethod("withRounds", int.class).invoke(
                    params.getMethod("withAdd", long.class).invoke(params.getMethod("withTag", String.class)
                            .invoke(defaults, "b"), 5L), 3);

            // x + rounds * add, from the same compiled classes for every value
            assertThat(rows(run.invoke(null, tagged, nums, 2))).containsExactlyInAnyOrder(List.of(3L, "a"),
                    List.of(12L, "a"));
            assertThat(rows(run.invoke(null, other, nums, 2))).containsExactlyInAnyOrder(List.of(16L, "b"),
                    List.of(25L, "b"));
            assertThat(params.getMethod("values").invoke(other)).isEqualTo(java.util.Map.of("add", 5L, "rounds", 3,
                    "tag", "b"));

            Object negative = params.getMethod("withRounds", int.class).invoke(tagged, -2);
            assertThatThrownBy(() -> run.invoke(null, negative, nums, 1)).cause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the number of rounds (times rounds) must be at least 0, but param 'rounds' makes it -2");
            assertThatThrownBy(() -> run.invoke(null, defaults, nums, 1)).cause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("param 'tag' has no default: give it a value");
        }
    }

    private static List<List<Object>> rows(Object result) throws ReflectiveOperationException {
        List<?> rows = (List<?>) result.getClass().getMethod("tagged").invoke(result);
        return rows.stream().map(GeneratedApiTest::values).toList();
    }

    private static List<Object> values(Object record) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                values.add(c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }

    private static void compile(Path sources, Path classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-Xlint:all,-cast", "-Werror"));
        try (Stream<Path> s = Files.walk(sources)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit = javac.run(null, log, log, args.toArray(String[]::new));
        assertThat(exit).as("javac: %s", log).isZero();
    }
}
