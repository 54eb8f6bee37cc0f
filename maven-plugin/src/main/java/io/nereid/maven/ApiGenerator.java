package io.nereid.maven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.codegen.RuntimeNames;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.plan.InputDecl;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the public class of a program compiled ahead of time: a record per input and per
 * output row (named after the relation: {@code edges} gives {@code Edges}, with a {@code Row}
 * suffix where that name is taken), a {@code Result} record of every output's rows, typed
 * {@code run} methods, {@code program()} for the untyped {@code CompiledProgram}, and a
 * {@code main} that takes the flags of {@code nq run} (through the launcher's {@code ProgramMain}).
 * A program with params also gets a {@code Params} record ({@link ParamsRecord}) and {@code run}
 * and {@code program} methods that take one: params are read when the program runs.
 */
final class ApiGenerator {
    private static final String LAUNCHER = "io.nereid.launcher";
    static final ClassName PROGRAM_MAIN = ClassName.get(LAUNCHER, "ProgramMain");
    static final ClassName DECLARED_PARAM = ClassName.get(LAUNCHER, "DeclaredParam");
    static final ClassName RESULT_TABLE = ClassName.get("io.nereid.operators", "ResultTable");

    private final ProgramNames names;
    private final PhysicalPlan plan;
    private final ClassName self;
    private final ClassName dataflow;
    private final String sourceName;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, ClassName> readers = new LinkedHashMap<>();

    ApiGenerator(ProgramNames names, PhysicalPlan plan, String dataflowClass, String sourceName) {
        this.names = Objects.requireNonNull(names, "names");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.self = ClassName.get(names.packageName(), names.className());
        this.dataflow = ClassName.bestGuess(Objects.requireNonNull(dataflowClass, "dataflowClass"));
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        taken.add(names.className());
        taken.add("Result");
        taken.add("Params");
    }

    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The NQ program {@code $L}, compiled by nereid-maven-plugin.\n\n", sourceName)
                .addJavadoc("<p>From Java: {@code $T.run(...)} with the rows of each input, or {@link #program()}.\n", self)
                .addJavadoc("From the command line: {@code java $L --input NAME=FILE.csv ...}, as {@code nq run}.\n",
                        names.qualifiedName());
        Map<String, ClassName> inputRows = new LinkedHashMap<>();
        for (InputDecl in : plan.inputs()) {
            ClassName row = rowName(in.name());
            inputRows.put(in.name(), row);
            ClassName reader = uniqueNested(row.simpleName() + "Reader");
            readers.put(in.name(), reader);
            type.addType(RowRecords.record(row, in.schema().fields(), "A row of input {@code " + in.name() + "}."));
            type.addType(RowRecords.reader(row, reader, in.schema().fields()));
        }
        Map<String, ClassName> outputRows = new LinkedHashMap<>();
        for (PhysicalPlan.OutputSpec o : plan.outputs()) {
            ClassName row = rowName(o.name());
            outputRows.put(o.name(), row);
            type.addType(RowRecords.record(row, outputFields(o), "A row of output {@code " + o.name() + "}."));
        }
        type.addType(result(outputRows));
        type.addField(params());
        boolean hasParams = !plan.params().isEmpty();
        if (hasParams) {
            type.addType(new ParamsRecord(self.nestedClass("Params"), plan.params()).generate());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("program").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A fresh instance of the program's dataflow, to run with rows of your own$L.\n",
                        hasParams ? "; params at their defaults" : "")
                .returns(RuntimeNames.COMPILED_PROGRAM).addStatement("return new $T()", dataflow).build());
        if (hasParams) {
            type.addMethod(MethodSpec.methodBuilder("program").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc("A fresh instance of the program's dataflow with these param values.\n\n")
                    .addJavadoc("@throws IllegalArgumentException for a value the program cannot take\n")
                    .addParameter(self.nestedClass("Params"), "params")
                    .returns(RuntimeNames.COMPILED_PROGRAM)
                    .addStatement("return new $T($T.requireNonNull(params, $S).values())", dataflow, Objects.class,
                            "params").build());
        }
        type.addMethod(runOnWorkers(inputRows, false));
        type.addMethod(run(inputRows, outputRows, false));
        if (hasParams) {
            type.addMethod(runOnWorkers(inputRows, true));
            type.addMethod(run(inputRows, outputRows, true));
        }
        for (PhysicalPlan.OutputSpec o : plan.outputs()) {
            type.addMethod(RowRecords.converter(converterName(o.name()), outputRows.get(o.name()), outputFields(o)));
        }
        type.addMethod(MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Runs the program with the flags of {@code nq run}: {@code --input NAME=FILE},"
                        + " {@code --output NAME=FILE},\n{@code --workers N}, {@code --processes P --local},"
                        + " {@code --on-bad-row skip}, ... ({@code --help} lists them).\n")
                .addParameter(String[].class, "args")
                .addStatement("$T.main($S, $T.class.getName(), PARAMS, $T::new, args)", PROGRAM_MAIN,
                        commandName(), self, dataflow)
                .build());
        return type.build();
    }

    /** What usage and messages call the program: its file name without {@code .nq} ({@code transitive-closure}). */
    private String commandName() {
        String file = sourceName.substring(sourceName.lastIndexOf('/') + 1);
        return file.endsWith(".nq") ? file.substring(0, file.length() - 3) : file;
    }

    private ClassName rowName(String relation) {
        return uniqueNested(ProgramNames.upperCamel(relation));
    }

    /** A nested class named {@code name}, or {@code nameRow}, ... where that is taken. */
    private ClassName uniqueNested(String name) {
        String n = name;
        while (!taken.add(n)) {
            n = n + "Row";
        }
        return self.nestedClass(n);
    }

    /** The parameter of {@code run} for an input: its name, unless that is the name of another parameter. */
    private static String parameter(String input) {
        String id = ProgramNames.identifier(input);
        return id.equals("workers") || id.equals("cluster") || id.equals("params") ? id + "_" : id;
    }

    private static String converterName(String output) {
        return "rowsOf" + ProgramNames.upperCamel(output);
    }

    static List<Field> outputFields(PhysicalPlan.OutputSpec o) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < o.fieldNames().size(); i++) {
            fields.add(new Field(o.fieldNames().get(i), o.type().column(i)));
        }
        return fields;
    }

    private TypeSpec result(Map<String, ClassName> outputRows) {
        TypeSpec.Builder r = TypeSpec.recordBuilder(self.nestedClass("Result"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The rows of every output of one run, in the order the program prints them.\n");
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (Map.Entry<String, ClassName> e : outputRows.entrySet()) {
            ctor.addParameter(ParameterizedTypeName.get(ClassName.get(List.class), e.getValue()),
                    ProgramNames.identifier(e.getKey()));
        }
        return r.recordConstructor(ctor.build()).build();
    }

    private FieldSpec params() {
        List<CodeBlock> values = new ArrayList<>();
        for (ParamDecl p : plan.params()) {
            Object v = p.defaultValue().map(l -> l.value()).orElse(null);
            values.add(v == null ? CodeBlock.of("$T.required($S, $T.$L)", DECLARED_PARAM, p.name(), RuntimeNames.COLUMN_KIND,
                    p.type().kind().name()) : CodeBlock.of("$T.of($S, $T.$L, $S)", DECLARED_PARAM, p.name(),
                    RuntimeNames.COLUMN_KIND, p.type().kind().name(), String.valueOf(v)));
        }
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), DECLARED_PARAM), "PARAMS",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The program's params, with the defaults it was built with ({@code --param} sets others).\n")
                .initializer("$T.of($L)", List.class, CodeBlock.join(values, ", ")).build();
    }

    private MethodSpec runOnWorkers(Map<String, ClassName> inputRows, boolean withParams) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Runs the program once on these rows with {@code workers} threads in this process$L.\n",
                        withParams ? ", with these param values" : "")
                .returns(self.nestedClass("Result"));
        List<CodeBlock> args = new ArrayList<>();
        if (withParams) {
            m.addParameter(self.nestedClass("Params"), "params");
            args.add(CodeBlock.of("params"));
        }
        for (Map.Entry<String, ClassName> e : inputRows.entrySet()) {
            m.addParameter(iterable(e.getValue()), parameter(e.getKey()));
            args.add(CodeBlock.of("$L", parameter(e.getKey())));
        }
        m.addParameter(int.class, "workers");
        args.add(CodeBlock.of("$T.single($T.workers(workers))", RuntimeNames.CLUSTER, RuntimeNames.CONFIG));
        return m.addStatement("return run($L)", CodeBlock.join(args, ", ")).build();
    }

    private MethodSpec run(Map<String, ClassName> inputRows, Map<String, ClassName> outputRows, boolean withParams) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Runs this process's part of the program on {@code cluster}$L; every process passes the same"
                        + " rows.\nThe result is complete on the leader (process 0) and empty elsewhere.\n",
                        withParams ? ", with these param values" : "")
                .returns(self.nestedClass("Result"));
        if (withParams) {
            m.addParameter(self.nestedClass("Params"), "params");
        }
        TypeName readersType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                RuntimeNames.ROW_READER);
        m.addStatement("$T readers$$ = new $T<>()", readersType, LinkedHashMap.class);
        for (Map.Entry<String, ClassName> e : inputRows.entrySet()) {
            String p = parameter(e.getKey());
            m.addParameter(ParameterSpec.builder(iterable(e.getValue()), p).build());
            m.addStatement("readers$$.put($S, new $T($T.requireNonNull($L, $S).iterator()))", e.getKey(),
                    this.readers.get(e.getKey()), Objects.class, p, p);
        }
        m.addParameter(RuntimeNames.CLUSTER, "cluster");
        m.addStatement("$T results$$ = $L.run(readers$$, cluster)", RuntimeNames.RESULTS, withParams
                ? CodeBlock.of("program(params)") : CodeBlock.of("new $T()", dataflow));
        List<CodeBlock> outs = new ArrayList<>();
        for (String o : outputRows.keySet()) {
            outs.add(CodeBlock.of("$L(results$$.table($S))", converterName(o), o));
        }
        return m.addStatement("return new Result($L)", CodeBlock.join(outs, ", ")).build();
    }

    private static TypeName iterable(ClassName row) {
        return ParameterizedTypeName.get(ClassName.get(Iterable.class), row);
    }

    /** The Java type of a column in a row record: a primitive, or its box where the column may be null. */
    static TypeName javaType(ScalarType t) {
        TypeName base = switch (t.kind()) {
            case BOOL -> TypeName.BOOLEAN;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            case STRING -> ClassName.get(String.class);
            case DATE -> ClassName.get(LocalDate.class);
            case NULL -> ClassName.get(Object.class);
        };
        return t.nullable() || t.kind() == ScalarKind.NULL ? base.box() : base;
    }
}
