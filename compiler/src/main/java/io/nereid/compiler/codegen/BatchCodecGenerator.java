package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.types.ScalarType;
import javax.lang.model.element.Modifier;

/**
 * Generates the wire codec of one batch class (what an exchange between processes sends): the
 * record count, then each column in turn; long columns in bulk, strings as UTF-8 with their
 * length. Reading checks the count against the bytes left before allocating.
 */
final class BatchCodecGenerator {
    private BatchCodecGenerator() {
    }

    static String className(RecordType t) {
        return t.className() + "Codec";
    }

    static TypeSpec generate(String packageName, RecordType type) {
        ClassName batch = ClassName.get(packageName, type.className());
        ClassName self = ClassName.get(packageName, className(type));
        int minBytes = (int) type.columns().stream().filter(ScalarType::nullable).count();
        MethodSpec.Builder write = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(batch, "b").addParameter(RuntimeNames.WIRE_WRITER, "out")
                .addStatement("final int n = b.size").addStatement("out.writeInt(n)");
        MethodSpec.Builder read = MethodSpec.methodBuilder("readInto").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(RuntimeNames.WIRE_READER, "in").addParameter(batch, "into");
        StringBuilder reads = new StringBuilder();
        for (int c = 0; c < type.size(); c++) {
            ScalarType t = type.column(c);
            switch (t.kind()) {
                case LONG -> {
                    minBytes += 8;
                    write.addStatement("out.writeLongs(b.c$L, 0, n)", c);
                }
                case DOUBLE -> {
                    minBytes += 8;
                    write.beginControlFlow("for (int i = 0; i < n; i++)").addStatement("out.writeDouble(b.c$L[i])", c)
                            .endControlFlow();
                }
                case INT, DATE -> {
                    minBytes += 4;
                    write.beginControlFlow("for (int i = 0; i < n; i++)").addStatement("out.writeInt(b.c$L[i])", c)
                            .endControlFlow();
                }
                case BOOL -> {
                    minBytes += 1;
                    write.beginControlFlow("for (int i = 0; i < n; i++)").addStatement("out.writeBoolean(b.c$L[i])", c)
                            .endControlFlow();
                }
                case STRING -> {
                    minBytes += 4;
                    write.beginControlFlow("for (int i = 0; i < n; i++)").addStatement("out.writeString(b.c$L[i])", c)
                            .endControlFlow();
                }
                case NULL -> throw new IllegalStateException("null column");
            }
        }
        read.addStatement("final int n = in.readCount($L)", Math.max(1, minBytes))
                .addStatement("final int base = into.size")
                .addStatement("into.grow(base + n)");
        for (int c = 0; c < type.size(); c++) {
            String getter = switch (type.column(c).kind()) {
                case DOUBLE -> "readDouble";
                case INT, DATE -> "readInt";
                case BOOL -> "readBoolean";
                case STRING -> "readString";
                default -> null;
            };
            if (getter == null) {
                read.addStatement("in.readLongs(into.c$L, base, n)", c);
            } else {
                read.beginControlFlow("for (int i = 0; i < n; i++)")
                        .addStatement("into.c$L[base + i] = in.$L()", c, getter).endControlFlow();
            }
        }
        for (int c = 0; c < type.size(); c++) {
            if (type.column(c).nullable()) {
                write.beginControlFlow("for (int i = 0; i < n; i++)").addStatement("out.writeBoolean(b.n$L[i])", c)
                        .endControlFlow();
                read.beginControlFlow("for (int i = 0; i < n; i++)")
                        .addStatement("into.n$L[base + i] = in.readBoolean()", c).endControlFlow();
            }
        }
        read.addStatement("into.size = base + n");
        return TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeNames.BATCH_CODEC, batch))
                .addJavadoc("The wire form of $T: the count, then each column.\n", batch)
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self).build())
                .addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(RuntimeNames.BATCH_TYPE, batch))
                        .addStatement("return $T.TYPE", batch).build())
                .addMethod(write.build())
                .addMethod(read.build())
                .build();
    }
}
