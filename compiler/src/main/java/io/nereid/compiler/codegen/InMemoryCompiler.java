package io.nereid.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated programs in memory with {@code javax.tools} and loads them in a fresh class
 * loader whose parent is the given one (which must see the runtime and operator classes). The
 * compile classpath is this JVM's class path (jar manifests' {@code Class-Path} entries
 * included). Compiled programs are cached by the hash of their source, so compiling the same
 * program twice costs one hash; param values are constructor arguments, not part of the source,
 * so a program run with other values is not compiled again.
 */
public final class InMemoryCompiler {
    private static final Map<String, Class<?>> CACHE = new ConcurrentHashMap<>();
    /** The compiler and its file manager (which caches the class path's jar indexes), shared by compilations. */
    private static JavaCompiler javac;
    private static StandardJavaFileManager standard;

    private final ClassLoader parent;
    /** How many programs this compiler ran javac for (cache misses). */
    private final AtomicInteger compilations = new AtomicInteger();

    public InMemoryCompiler(ClassLoader parent) {
        this.parent = Objects.requireNonNull(parent, "parent");
    }

    /** How many programs this compiler has run javac for: the others came from the cache. */
    public int compilations() {
        return compilations.get();
    }

    /** Compiles (or finds in the cache) the program and returns its main class. */
    public Class<?> compile(GeneratedProgram program) {
        String key = program.sourceHash() + "@" + System.identityHashCode(parent);
        Class<?> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Class<?> compiled = doCompile(program, parent);
        compilations.incrementAndGet();
        CACHE.put(key, compiled);
        return compiled;
    }

    /** Compiles and instantiates the program's main class with its no-argument constructor (params at their defaults). */
    public <T> T instantiate(GeneratedProgram program, Class<T> type) {
        return instantiate(program, type, Map.of());
    }

    /**
     * Compiles (or finds in the cache: the source does not depend on param values) and
     * instantiates the program's main class with these param values (NAME to a Boolean, Integer,
     * Long, Double, String or LocalDate; a param not given takes its default). A value the
     * program refuses (an unknown param, another type, a count out of range) is the program's
     * {@link IllegalArgumentException}, whose message names the param.
     */
    public <T> T instantiate(GeneratedProgram program, Class<T> type, Map<String, ?> params) {
        Objects.requireNonNull(params, "params");
        try {
            return type.cast(compile(program).getConstructor(Map.class).newInstance(params));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IllegalStateException("cannot instantiate " + program.mainClass(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + program.mainClass(), e);
        }
    }

    private static synchronized Class<?> doCompile(GeneratedProgram program, ClassLoader parent) {
        if (javac == null) {
            javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) {
                throw new IllegalStateException("no Java compiler in this JVM: run Nereid on a JDK, not a JRE");
            }
            standard = javac.getStandardFileManager(null, null, null);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new ConcurrentHashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile f : program.files()) {
            sources.add(f.toJavaFileObject());
        }
        List<String> options = List.of("-classpath", CLASS_PATH, "-proc:none", "-nowarn", "-g");
        StringWriter out = new StringWriter();
        boolean ok = javac.getTask(out, manager, diagnostics, options, null, sources).call();
        if (!ok) {
            StringBuilder sb = new StringBuilder("generated code does not compile (a bug in Nereid):\n");
            diagnostics.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            throw new IllegalStateException(sb.toString());
        }
        ClassLoader loader = new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        try {
            return loader.loadClass(program.mainClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled program has no class " + program.mainClass(), e);
        }
    }

    private static final String CLASS_PATH = classPath();

    /** This JVM's class path, with the Class-Path entries of jar manifests (Surefire's booter jar) expanded. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                addEntry(Path.of(e), entries);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void addEntry(Path p, Set<String> entries) {
        if (!entries.add(p.toString()) || !p.toString().endsWith(".jar") || !Files.isRegularFile(p)) {
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest m = jar.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return;
            }
            for (String item : cp.trim().split("\\s+")) {
                if (!item.isEmpty()) {
                    URI uri = p.toUri().resolve(item);
                    if ("file".equals(uri.getScheme())) {
                        addEntry(Path.of(uri), entries);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable jar: javac will report what it cannot find.
        }
    }
}
