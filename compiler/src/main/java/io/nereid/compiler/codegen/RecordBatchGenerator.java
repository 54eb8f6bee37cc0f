package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.types.ScalarKind;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the batch class of one record type: one primitive array per column ({@code c0, c1,
 * ...}) and a null flag array per nullable column ({@code n1}: the value is then the default), {@code add} of a whole row, {@code addFrom} (one row of another batch, for
 * partitioners and join build sides), {@code addAll}, a recycling {@code clear}, and the
 * {@code TYPE} constant the runtime pools batches by.
 */
final class RecordBatchGenerator {
    /** A new batch holds a full output batch without growing (a stage sends at this size). */
    static final int INITIAL_CAPACITY = StageGenerator.FLUSH;

    private RecordBatchGenerator() {
    }

    static TypeSpec generate(String packageName, RecordType type) {
        ClassName self = ClassName.get(packageName, type.className());
        TypeName batchType = ParameterizedTypeName.get(RuntimeNames.BATCH_TYPE, self);
        String description = type.columns().stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
        TypeSpec typeImpl = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(batchType)
                .addMethod(MethodSpec.methodBuilder("create").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(self).addStatement("return new $T()", self).build())
                .addMethod(MethodSpec.methodBuilder("name").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addStatement("return $S", description).build())
                .build();
        TypeSpec.Builder b = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL)
                .addJavadoc("Records $L in primitive columns.\n", description)
                .addSuperinterface(RuntimeNames.BATCH)
                .addField(FieldSpec.builder(batchType, "TYPE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", typeImpl).build());
        MethodSpec.Builder add = MethodSpec.methodBuilder("add")
                .beginControlFlow("if (size == capacity)").addStatement("grow(size + 1)").endControlFlow();
        MethodSpec.Builder addFrom = MethodSpec.methodBuilder("addFrom").addParameter(self, "other")
                .addParameter(int.class, "i")
                .beginControlFlow("if (size == capacity)").addStatement("grow(size + 1)").endControlFlow();
        MethodSpec.Builder addAll = MethodSpec.methodBuilder("addAll").addParameter(self, "other")
                .addStatement("grow(size + other.size)");
        MethodSpec.Builder grow = MethodSpec.methodBuilder("grow")
                .addParameter(int.class, "needed")
                .beginControlFlow("if (needed > capacity)")
                .addStatement("capacity = Math.max(needed, capacity * 2)");
        CodeBlock.Builder clearStrings = CodeBlock.builder();
        MethodSpec.Builder sized = MethodSpec.constructorBuilder().addParameter(int.class, "capacity")
                .addJavadoc("An empty batch with room for {@code capacity} rows (an exact copy of a received batch).\n")
                .addStatement("this.capacity = capacity");
        for (int i = 0; i < type.size(); i++) {
            TypeName t = JavaTypes.of(type.column(i));
            b.addField(FieldSpec.builder(JavaTypes.arrayOf(type.column(i)), "c" + i).build());
            sized.addStatement("c$L = new $T[capacity]", i, t);
            add.addParameter(t, "v" + i).addStatement("c$L[size] = v$L", i, i);
            addFrom.addStatement("c$L[size] = other.c$L[i]", i, i);
            addAll.addStatement("System.arraycopy(other.c$L, 0, c$L, size, other.size)", i, i);
            grow.addStatement("c$L = $T.copyOf(c$L, capacity)", i, Arrays.class, i);
            if (type.column(i).nullable()) {
                b.addField(FieldSpec.builder(boolean[].class, "n" + i).build());
                sized.addStatement("n$L = new boolean[capacity]", i);
                add.addParameter(boolean.class, "v" + i + "null").addStatement("n$L[size] = v$Lnull", i, i);
                addFrom.addStatement("n$L[size] = other.n$L[i]", i, i);
                addAll.addStatement("System.arraycopy(other.n$L, 0, n$L, size, other.size)", i, i);
                grow.addStatement("n$L = $T.copyOf(n$L, capacity)", i, Arrays.class, i);
            }
            if (type.column(i).kind() == ScalarKind.STRING) {
                clearStrings.addStatement("$T.fill(c$L, 0, size, null)", Arrays.class, i);
            }
        }
        b.addField(int.class, "size");
        b.addField(FieldSpec.builder(int.class, "capacity", Modifier.PRIVATE).build());
        b.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("An empty batch that holds a full output batch without growing.\n")
                .addStatement("this($L)", INITIAL_CAPACITY).build());
        b.addMethod(sized.build());
        b.addMethod(add.addStatement("size++").build());
        b.addMethod(addFrom.addStatement("size++").build());
        b.addMethod(addAll.addStatement("size += other.size").build());
        b.addMethod(grow.endControlFlow().build());
        b.addMethod(MethodSpec.methodBuilder("size").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(int.class).addStatement("return size").build());
        b.addMethod(MethodSpec.methodBuilder("clear").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addCode(clearStrings.build()).addStatement("size = 0").build());
        b.addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(batchType).addStatement("return TYPE").build());
        return b.build();
    }
}
