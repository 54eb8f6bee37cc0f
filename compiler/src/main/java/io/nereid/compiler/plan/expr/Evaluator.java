package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A reference interpreter of scalar expressions over one row ({@code Object[]} of boxed values,
 * null for null). It fixes the semantics generated code must match: Java arithmetic on int and
 * long (wrapping, integer division truncating, division by zero throws), IEEE doubles,
 * three-valued logic for {@code and}/{@code or}, null in gives null out for the other
 * operators. Constant folding uses it on closed expressions. Java calls are not evaluated here.
 */
public final class Evaluator {
    private final Map<String, Object> params;

    public Evaluator(Map<String, Object> params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Evaluates {@code e} on {@code row}. */
    public Object eval(Expr e, Object[] row) {
        if (e instanceof ColumnRef c) {
            return row[c.index()];
        } else if (e instanceof Literal l) {
            return l.value();
        } else if (e instanceof ParamRef p) {
            if (!params.containsKey(p.name())) {
                throw new IllegalStateException("no value for param " + p.name());
            }
            return params.get(p.name());
        } else if (e instanceof Unary u) {
            Object v = eval(u.operand(), row);
            if (v == null) {
                return null;
            }
            if (u.op() == UnaryOp.NOT) {
                return !(Boolean) v;
            }
            return v instanceof Integer i ? (Object) (-i) : v instanceof Long l ? (Object) (-l) : (Object) (-(Double) v);
        } else if (e instanceof Binary b) {
            return binary(b, row);
        } else if (e instanceof Call c) {
            Object[] args = new Object[c.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = eval(c.arguments().get(i), row);
            }
            return Builtins.apply(c.function(), args, c.type());
        } else if (e instanceof Cast c) {
            return cast(eval(c.operand(), row), c.type().kind());
        } else if (e instanceof Case c) {
            for (Case.When w : c.branches()) {
                if (Boolean.TRUE.equals(eval(w.condition(), row))) {
                    return convert(eval(w.value(), row), c.type().kind());
                }
            }
            return convert(eval(c.otherwise(), row), c.type().kind());
        } else if (e instanceof IsNull n) {
            return (eval(n.operand(), row) == null) != n.negated();
        }
        throw new UnsupportedOperationException("cannot evaluate " + e.print() + " at compile time");
    }

    private Object binary(Binary b, Object[] row) {
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            Object l = eval(b.left(), row);
            boolean stop = b.op() == BinaryOp.OR;
            if (Boolean.valueOf(stop).equals(l)) {
                return stop;
            }
            Object r = eval(b.right(), row);
            if (Boolean.valueOf(stop).equals(r)) {
                return stop;
            }
            return l == null || r == null ? null : !stop;
        }
        Object l = eval(b.left(), row);
        Object r = eval(b.right(), row);
        if (l == null || r == null) {
            return null;
        }
        if (b.op() == BinaryOp.CONCAT) {
            return (String) l + r;
        }
        if (b.op().isComparison()) {
            int cmp = compare(l, r);
            return switch (b.op()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                default -> cmp >= 0;
            };
        }
        if (l instanceof Integer x && r instanceof Integer y) {
            return switch (b.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                default -> x % y;
            };
        }
        if (l instanceof Long x && r instanceof Long y) {
            return switch (b.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                default -> x % y;
            };
        }
        double x = ((Number) l).doubleValue();
        double y = ((Number) r).doubleValue();
        return switch (b.op()) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            default -> x % y;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object l, Object r) {
        if (l instanceof Number a && r instanceof Number b && l.getClass() != r.getClass()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return ((Comparable) l).compareTo(r);
    }

    /** A value of one kind as another (the semantics of {@link Cast}); null stays null. */
    public static Object cast(Object v, ScalarKind to) {
        if (v == null) {
            return null;
        }
        if (to == ScalarKind.STRING) {
            return String.valueOf(v);
        }
        if (v instanceof String s) {
            String t = s.trim();
            return switch (to) {
                case INT -> Integer.parseInt(t);
                case LONG -> Long.parseLong(t);
                case DOUBLE -> Double.parseDouble(t);
                case DATE -> LocalDate.parse(t);
                case BOOL -> parseBool(t);
                default -> throw new IllegalArgumentException("cannot cast to " + to);
            };
        }
        return convert(v, to);
    }

    private static Boolean parseBool(String s) {
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("not a bool: " + s);
    }

    /** Numeric conversion (widening, or truncating toward zero); other values unchanged. */
    static Object convert(Object v, ScalarKind to) {
        if (!(v instanceof Number n)) {
            return v;
        }
        return switch (to) {
            case INT -> n.intValue();
            case LONG -> n.longValue();
            case DOUBLE -> n.doubleValue();
            default -> v;
        };
    }

    /** The null literal or constant of a value of a type. */
    public static Literal literal(Object value, ScalarType type) {
        return value == null ? Literal.nullOf(type) : new Literal(convert(value, type.kind()), type);
    }
}
