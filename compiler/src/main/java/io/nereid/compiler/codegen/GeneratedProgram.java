package io.nereid.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The Java source generated for one program: the files (batch classes, stage vertices, the
 * dataflow class) and the binary name of the class implementing {@code CompiledProgram}.
 */
public record GeneratedProgram(String mainClass, List<JavaFile> files) {
    public GeneratedProgram {
        Objects.requireNonNull(mainClass, "mainClass");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }

    /** Every file's source, each preceded by a {@code // FILE: name} line: the text of golden files. */
    public String source() {
        StringBuilder sb = new StringBuilder();
        for (JavaFile f : files) {
            sb.append("// FILE: ").append(binaryName(f).replace('.', '/')).append(".java\n").append(f);
        }
        return sb.toString();
    }

    /** A hash of the source, to cache compiled programs by. */
    public String sourceHash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    static String binaryName(JavaFile f) {
        return f.packageName().isEmpty() ? f.typeSpec().name() : f.packageName() + "." + f.typeSpec().name();
    }
}
