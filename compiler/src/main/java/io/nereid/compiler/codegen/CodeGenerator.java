package io.nereid.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the Java source of a physical plan: one batch class per record type
 * ({@link RecordBatchGenerator}), one vertex class per stage that runs code ({@link
 * StageGenerator}), and the program class ({@link DataflowGenerator}), all in package
 * {@value #PACKAGE}. Params take their default values.
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
        Map<String, Literal> params = new HashMap<>();
        for (ParamDecl p : plan.params()) {
            p.defaultValue().ifPresent(v -> params.put(p.name(), v));
        }
        ExprGenerator exprs = new ExprGenerator(params);
        List<JavaFile> files = new ArrayList<>();
        files.add(file(packageName, new DataflowGenerator(packageName, plan, exprs).generate()));
        for (RecordType t : plan.recordTypes()) {
            files.add(file(packageName, RecordBatchGenerator.generate(packageName, t)));
            files.add(file(packageName, BatchCodecGenerator.generate(packageName, t)));
        }
        for (Stage s : plan.stages()) {
            if (!(s.entry() instanceof Entry.Source || s.entry() instanceof Entry.LoopEnter
                    || s.entry() instanceof Entry.LoopLeave)) {
                files.add(file(packageName, new StageGenerator(packageName, plan, s, exprs).generate()));
            }
        }
        return new GeneratedProgram(packageName + "." + DataflowGenerator.CLASS_NAME, files);
    }

    private static JavaFile file(String packageName, com.palantir.javapoet.TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }
}
