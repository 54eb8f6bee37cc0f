package io.nereid.launcher;

import io.nereid.operators.RelationInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where each input of a program is read from and each output written to: {@code --input} and
 * {@code --output} flags first, then the locations the program gives ({@code from "docs.csv"},
 * resolved against the program's directory for inputs and the working directory for outputs).
 * Every problem is a {@link BindingException} with a message that lists what the program declares.
 */
public final class Bindings {
    private Bindings() {
    }

    /** A user error in the bindings; the message is one line (plus a hint). */
    public static final class BindingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BindingException(String message) {
            super(message);
        }
    }

    /** Parses {@code name=path} flags into a map, refusing malformed ones and duplicates. */
    public static Map<String, Path> parse(String flag, List<String> values) {
        Map<String, Path> out = new LinkedHashMap<>();
        parseText(flag, values, "FILE", flag + " edges=edges.csv").forEach((k, v) -> {
            try {
                out.put(k, Path.of(v));
            } catch (java.nio.file.InvalidPathException e) {
                throw new BindingException("Invalid value for option '" + flag + "': '" + v + "' is not a file name");
            }
        });
        return out;
    }

    /** Parses {@code name=text} flags into a map, refusing malformed ones and duplicates. */
    public static Map<String, String> parseText(String flag, List<String> values, String what, String example) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new BindingException("Invalid value for option '" + flag + "': '" + v
                        + "' is not NAME=" + what + " (for example " + example + ")");
            }
            String name = v.substring(0, eq);
            if (out.put(name, v.substring(eq + 1)) != null) {
                throw new BindingException("Option '" + flag + "' sets '" + name + "' twice");
            }
        }
        return out;
    }

    /** The file of every input: flags, else the program's default relative to {@code programDir}. */
    public static Map<String, Path> inputs(List<RelationInfo> declared, Map<String, Path> flags, Path programDir) {
        checkKnown("--input", "input", declared, flags);
        Map<String, Path> out = new LinkedHashMap<>();
        for (RelationInfo in : declared) {
            Path p = flags.get(in.name());
            if (p == null && in.location().isPresent()) {
                p = programDir.resolve(in.location().get());
            }
            if (p == null) {
                throw new BindingException("Missing input binding for '" + in.name() + "': the program declares "
                        + describe(declared) + "; bind each with --input NAME=FILE.csv");
            }
            out.put(in.name(), p);
        }
        return out;
    }

    /** The CSV file of each output that goes to a file (flag, else the program's destination); others print. */
    public static Map<String, Optional<Path>> outputs(List<RelationInfo> declared, Map<String, Path> flags) {
        checkKnown("--output", "output", declared, flags);
        Map<String, Optional<Path>> out = new LinkedHashMap<>();
        for (RelationInfo o : declared) {
            Path p = flags.get(o.name());
            out.put(o.name(), p != null ? Optional.of(p) : o.location().map(Path::of));
        }
        return out;
    }

    private static void checkKnown(String flag, String what, List<RelationInfo> declared, Map<String, Path> flags) {
        List<String> names = declared.stream().map(RelationInfo::name).toList();
        for (String name : flags.keySet()) {
            if (!names.contains(name)) {
                throw new BindingException("Option '" + flag + "' names '" + name + "', but the program has no "
                        + what + " of that name; it declares " + (declared.isEmpty() ? "none" : describe(declared)));
            }
        }
    }

    static String describe(List<RelationInfo> relations) {
        return relations.stream().map(RelationInfo::describe).collect(Collectors.joining(", "));
    }
}
