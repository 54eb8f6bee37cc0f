package io.nereid.compiler.plan.expr;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The canonical, deterministic printout of scalar expressions used by plan printouts, golden
 * files and explain: columns as {@code name#index}, parameters as {@code ?name}, long literals
 * with an {@code L}, every binary operation parenthesized.
 */
public final class ExprPrinter {
    private ExprPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(e, sb);
        return sb.toString();
    }

    private static void print(Expr e, StringBuilder sb) {
        if (e instanceof ColumnRef c) {
            sb.append(c.name()).append('#').append(c.index());
        } else if (e instanceof Literal l) {
            sb.append(literal(l));
        } else if (e instanceof ParamRef p) {
            sb.append('?').append(p.name());
        } else if (e instanceof Unary u) {
            sb.append('(').append(u.op().symbol());
            print(u.operand(), sb);
            sb.append(')');
        } else if (e instanceof Binary b) {
            sb.append('(');
            print(b.left(), sb);
            sb.append(' ').append(b.op().symbol()).append(' ');
            print(b.right(), sb);
            sb.append(')');
        } else if (e instanceof Call c) {
            sb.append(c.function().nqName()).append(args(c.arguments()));
        } else if (e instanceof JavaCall j) {
            sb.append(j.method().className()).append('.').append(j.method().methodName()).append(args(j.arguments()));
        } else if (e instanceof Cast c) {
            sb.append(c.type()).append('(');
            print(c.operand(), sb);
            sb.append(')');
        } else if (e instanceof Case c) {
            sb.append("case");
            for (Case.When w : c.branches()) {
                sb.append(" when ");
                print(w.condition(), sb);
                sb.append(" then ");
                print(w.value(), sb);
            }
            sb.append(" else ");
            print(c.otherwise(), sb);
            sb.append(" end");
        } else if (e instanceof IsNull n) {
            sb.append('(');
            print(n.operand(), sb);
            sb.append(n.negated() ? " is not null)" : " is null)");
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private static String args(java.util.List<Expr> args) {
        return args.stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A literal as NQ-like text: {@code 1}, {@code 1L}, {@code 0.5}, {@code "a\"b"}, {@code date("2020-01-31")}. */
    public static String literal(Literal l) {
        Object v = l.value();
        if (v == null) {
            return "null";
        }
        return switch (l.type().kind()) {
            case LONG -> v + "L";
            case STRING -> quote((String) v);
            case DATE -> "date(\"" + ((LocalDate) v) + "\")";
            default -> String.valueOf(v);
        };
    }

    /** A string as a double-quoted NQ literal with backslash escapes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
