package io.nereid.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code compile}: compiles every selected {@code .nq} file of the project into Java sources
 * (the program's dataflow and a public class with typed rows, {@code run} methods and a
 * {@code main} that takes the flags of {@code nq run}) and adds their directory to the compile
 * source roots. Unchanged programs are not generated again. Each error in a program is logged as
 * one {@code [ERROR] file:line:col: message} line and fails the build.
 *
 * <p>{@code import java com.acme.Fns;} finds classes on the project's compile class path (its
 * dependencies; the project's own classes are not compiled yet at this phase).
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CompileMojo extends AbstractMojo {
    /** Where the {@code .nq} files are. */
    @Parameter(property = "nereid.sourceDirectory", defaultValue = "${project.basedir}/src/main/nq")
    private File sourceDirectory;

    /** Where the generated Java sources go (added as a compile source root). */
    @Parameter(property = "nereid.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/nq")
    private File outputDirectory;

    /** Which files under the source directory to compile (Ant patterns; default all {@code .nq} files). */
    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.nq"));

    /** Which of those to leave out (Ant patterns). */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /**
     * A package put before each program's directories ({@code com.acme} makes {@code jobs/rank.nq}
     * the class {@code com.acme.jobs.Rank}); without one, a program at the top goes in {@code nq}.
     */
    @Parameter(property = "nereid.packagePrefix", defaultValue = "")
    private String packagePrefix;

    /**
     * Defaults for params, by name ({@code <params><root>7</root></params>}), for every program that
     * declares them, in place of the defaults the program gives. Built programs read their params
     * when they run: {@code --param root=9} (or the typed API's {@code Params}) overrides these.
     */
    @Parameter
    private Map<String, String> params = new HashMap<>();

    /** Skip the goal. */
    @Parameter(property = "nereid.skip", defaultValue = "false")
    private boolean skip;

    /** Where the goal remembers what it generated, to skip unchanged programs next time. */
    @Parameter(defaultValue = "${project.build.directory}/nereid-maven-plugin/compile.state", readonly = true)
    private File stateFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the NQ compiler (nereid.skip)");
            return;
        }
        NqBuild.Config config = new NqBuild.Config(sourceDirectory.toPath().toAbsolutePath(),
                outputDirectory.toPath().toAbsolutePath(), stateFile.toPath().toAbsolutePath(),
                new AntPatterns(includes, excludes), packagePrefix, params);
        NqBuild.Report report;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader classpath = new URLClassLoader(compileClasspath(), getClass().getClassLoader())) {
            thread.setContextClassLoader(classpath);
            report = new NqBuild(config, Fingerprints.generator()).run();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot compile the NQ programs in " + sourceDirectory + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        for (String removed : report.removed()) {
            getLog().info("Removed the classes of " + removed + " (no longer in " + sourceDirectory + ")");
        }
        if (!report.errors().isEmpty()) {
            for (BuildError e : report.errors()) {
                getLog().error(e.format());
            }
            int n = report.errors().size();
            throw new MojoFailureException(n + " error" + (n == 1 ? "" : "s") + " in NQ programs (listed above)");
        }
        int total = report.compiled().size() + report.upToDate().size();
        if (total == 0) {
            getLog().info("No NQ programs to compile in " + sourceDirectory);
        } else if (report.compiled().isEmpty()) {
            getLog().info("All " + total + " NQ program" + (total == 1 ? " is" : "s are") + " up to date");
        } else {
            getLog().info("Compiled " + report.compiled().size() + " NQ program" + (report.compiled().size() == 1 ? "" : "s")
                    + " to " + outputDirectory + (report.upToDate().isEmpty() ? ""
                    : " (" + report.upToDate().size() + " up to date)") + ": " + String.join(", ", report.compiled()));
        }
    }

    private URL[] compileClasspath() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Cannot resolve the compile class path for `import java`: " + e, e);
        }
    }
}
