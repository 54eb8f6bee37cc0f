package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * A canonical, deterministic tree printout of an AST, used by golden files. Each node prints as
 * its type name, its scalar components in parentheses and its location; node-valued components
 * follow on indented lines as {@code name: ...}, lists as {@code name:} with one {@code - item}
 * per element. Example:
 * <pre>
 * Binary(op=ADD) @3:9
 *   left: Name(name="x") @3:9
 *   right: IntegerLiteral(value=1, longSuffix=false) @3:13
 * </pre>
 * The printout is generated from the record components, so it covers every node type.
 */
public final class AstPrinter {
    private AstPrinter() {
    }

    /** The tree of {@code node}, one node per line, ending with a newline. */
    public static String print(Node node) {
        StringBuilder sb = new StringBuilder();
        node(sb, node, 0);
        return sb.toString();
    }

    private static void node(StringBuilder sb, Object record, int indent) {
        StringBuilder scalars = new StringBuilder();
        SourceLocation location = null;
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (RecordComponent c : components) {
            Object value = AstEquivalence.component(c, record);
            if (value instanceof SourceLocation loc) {
                location = loc;
            } else if (isScalar(value)) {
                scalars.append(scalars.length() == 0 ? "" : ", ").append(c.getName()).append('=').append(scalar(value));
            }
        }
        sb.append(record.getClass().getSimpleName());
        if (scalars.length() > 0) {
            sb.append('(').append(scalars).append(')');
        }
        if (location != null) {
            sb.append(" @").append(location.line()).append(':').append(location.column());
        }
        sb.append('\n');
        for (RecordComponent c : components) {
            Object value = AstEquivalence.component(c, record);
            if (value instanceof SourceLocation || isScalar(value)) {
                continue;
            }
            pad(sb, indent + 1).append(c.getName()).append(':');
            child(sb, value, indent + 1);
        }
    }

    private static void child(StringBuilder sb, Object value, int indent) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append(" []\n");
                return;
            }
            sb.append('\n');
            for (Object item : list) {
                pad(sb, indent + 1).append("- ");
                node(sb, item, indent + 2);
            }
        } else if (value instanceof Optional<?> opt) {
            if (opt.isEmpty()) {
                sb.append(" -\n");
            } else {
                child(sb, opt.get(), indent);
            }
        } else {
            sb.append(' ');
            node(sb, value, indent);
        }
    }

    private static boolean isScalar(Object value) {
        if (value instanceof Optional<?> opt) {
            return opt.isEmpty() || isScalar(opt.get());
        }
        return !(value instanceof Record) && !(value instanceof List<?>);
    }

    private static String scalar(Object value) {
        if (value instanceof Optional<?> opt) {
            return opt.isEmpty() ? "-" : scalar(opt.get());
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return String.valueOf(value);
    }

    /** A string in double quotes with {@code \ " \n \r \t} and control characters escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int indent) {
        return sb.append("  ".repeat(indent));
    }
}
