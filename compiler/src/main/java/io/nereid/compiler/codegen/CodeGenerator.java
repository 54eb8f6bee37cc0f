package io.nereid.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.plan.ParamDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the Java source of a physical plan: one batch class per record type
 * ({@link RecordBatchGenerator}), one vertex class per stage that runs code ({@link
 * StageGenerator}), and the program class ({@link DataflowGenerator}), all in package
 * {@value #PACKAGE}. Params are read at run time: the program class takes their values and passes
 * each vertex the ones it reads ({@link ParamFields}), so the source depends on their defaults only.
 */
public final class CodeGenerator {
    /** The package of generated classes (each program is loaded in a class loader of its own). */
    public static final String PACKAGE = "nq.generated";

    private CodeGenerator() {
    }

    public static GeneratedProgram generate(PhysicalPlan plan) {
        return generate(plan, PACKAGE);
    }

    /**
     * As {@link #generate(PhysicalPlan)}, in package {@code packageName}: programs compiled ahead of
     * time into one class path (by the Maven plugin) need a package each.
     */
    public static GeneratedProgram generate(PhysicalPlan plan, String packageName) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(packageName, "packageName");
        ExprGenerator exprs = new ExprGenerator(plan.params());
        Map<Integer, List<ParamDecl>> vertexParams = new HashMap<>();
        List<JavaFile> vertices = new ArrayList<>();
        for (Stage s : plan.stages()) {
            if (!(s.entry() instanceof Entry.Source || s.entry() instanceof Entry.LoopEnter
                    || s.entry() instanceof Entry.LoopLeave)) {
                StageGenerator g = new StageGenerator(packageName, plan, s, exprs);
                vertices.add(file(packageName, g.generate()));
                vertexParams.put(s.id(), g.params());
            }
        }
        List<JavaFile> files = new ArrayList<>();
        files.add(file(packageName, new DataflowGenerator(packageName, plan, exprs, vertexParams).generate()));
        for (RecordType t : plan.recordTypes()) {
            files.add(file(packageName, RecordBatchGenerator.generate(packageName, t)));
            files.add(file(packageName, BatchCodecGenerator.generate(packageName, t)));
        }
        files.addAll(vertices);
        return new GeneratedProgram(packageName + "." + DataflowGenerator.CLASS_NAME, files);
    }

    private static JavaFile file(String packageName, com.palantir.javapoet.TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }
}
