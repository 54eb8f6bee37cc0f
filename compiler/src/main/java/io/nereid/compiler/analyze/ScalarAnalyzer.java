package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.BoolLiteral;
import io.nereid.compiler.ast.CaseExpr;
import io.nereid.compiler.ast.DateLiteral;
import io.nereid.compiler.ast.DoubleLiteral;
import io.nereid.compiler.ast.FieldAccess;
import io.nereid.compiler.ast.IfExpr;
import io.nereid.compiler.ast.IntegerLiteral;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.StringLiteral;
import io.nereid.compiler.ast.WhenClause;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.Cast;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.ParamRef;
import io.nereid.compiler.plan.expr.Unary;
import io.nereid.compiler.plan.expr.UnaryOp;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resolves and type-checks scalar expressions against a scope, producing the plan's expression
 * IR. Returns null after reporting an error (or when an operand already failed), so that one
 * mistake is reported once and analysis continues.
 */
final class ScalarAnalyzer {
    private final Reporter reporter;
    private final CallAnalyzer calls;

    ScalarAnalyzer(Reporter reporter) {
        this.reporter = reporter;
        this.calls = new CallAnalyzer(reporter, this);
    }

    Reporter reporter() {
        return reporter;
    }

    /** An expression that must be a bool ({@code what}: "a where condition"). */
    Expr condition(io.nereid.compiler.ast.Expr e, Scope scope, String what) {
        Expr c = analyze(e, scope);
        if (c != null && c.type().kind() != ScalarKind.BOOL) {
            reporter.error(e.location(), what + " must be a bool, found " + c.type());
            return null;
        }
        return c;
    }

    Expr analyze(io.nereid.compiler.ast.Expr e, Scope scope) {
        if (e instanceof IntegerLiteral i) {
            boolean fitsInt = i.value() >= Integer.MIN_VALUE && i.value() <= Integer.MAX_VALUE;
            return i.longSuffix() || !fitsInt ? Literal.of(i.value()) : Literal.of((int) i.value());
        } else if (e instanceof DoubleLiteral d) {
            return Literal.of(d.value());
        } else if (e instanceof StringLiteral s) {
            return Literal.of(s.value());
        } else if (e instanceof BoolLiteral b) {
            return Literal.of(b.value());
        } else if (e instanceof DateLiteral d) {
            return Literal.of(d.value());
        } else if (e instanceof Name n) {
            return name(n, scope);
        } else if (e instanceof FieldAccess f) {
            return fieldAccess(f, scope);
        } else if (e instanceof io.nereid.compiler.ast.Binary b) {
            return binary(b, scope);
        } else if (e instanceof io.nereid.compiler.ast.Unary u) {
            return unary(u, scope);
        } else if (e instanceof IfExpr i) {
            return conditional(List.of(new WhenClause(i.location(), i.condition(), i.thenValue())), i.elseValue(),
                    "if", scope);
        } else if (e instanceof CaseExpr c) {
            return conditional(c.whens(), c.otherwise(), "case", scope);
        } else if (e instanceof io.nereid.compiler.ast.Cast c) {
            return cast(c, scope);
        } else if (e instanceof io.nereid.compiler.ast.Call c) {
            return calls.call(c, scope);
        } else if (e instanceof io.nereid.compiler.ast.MethodCall m) {
            return calls.methodCall(m, scope);
        } else if (e instanceof io.nereid.compiler.ast.TupleExpr) {
            reporter.error(e.location(), "a tuple cannot be used as a single value here",
                    "tuples build the rows of a select: select (a: x, b: y)");
        } else if (e instanceof io.nereid.compiler.ast.Lambda) {
            reporter.error(e.location(), "a lambda can only be the argument of a method such as where(x => ...)");
        } else if (e instanceof io.nereid.compiler.ast.Exists) {
            reporter.error(e.location(), "exists(...) can only be used in a where clause, alone, negated or joined by `and`");
        } else {
            reporter.error(e.location(), "expected a single value, found a relation",
                    "to test whether a query has rows, use exists(...) in a where clause");
        }
        return null;
    }

    private Expr name(Name n, Scope scope) {
        Optional<Binding> found = scope.lookup(n.name());
        if (found.isEmpty()) {
            String hint = fieldOfARangeVariable(n.name(), scope);
            reporter.error(n.location(), "unknown name `" + n.name() + "`",
                    hint != null ? hint : Suggestions.didYouMean(n.name(), scope.names()));
            return null;
        }
        Binding b = found.get();
        String id = "`" + n.name() + "`";
        if (b instanceof Binding.RowVar r) {
            if (r.type().scalar()) {
                return new ColumnRef(r.offset(), r.name(), r.type().elementType());
            }
            String example = r.type().schema().size() > 0 ? ", e.g. `" + n.name() + "." + r.type().schema().field(0).name() + "`" : "";
            reporter.error(n.location(), id + " is a row " + r.type().schema() + ", not a single value",
                    "use one of its fields" + example);
        } else if (b instanceof Binding.ScalarLet s) {
            return s.value();
        } else if (b instanceof Binding.Param p) {
            return new ParamRef(p.name(), p.type());
        } else if (b instanceof Binding.RecordLet) {
            reporter.error(n.location(), id + " is a tuple, not a single value", "use one of its fields");
        } else if (b instanceof Binding.GroupVar) {
            reporter.error(n.location(), id + " is a group, not a single value",
                    "use `" + n.name() + ".key` or an aggregate such as count(" + n.name() + ")");
        } else if (b instanceof Binding.RelationName) {
            reporter.error(n.location(), id + " is a relation, not a single value",
                    "query it with `from x in " + n.name() + " ...`");
        } else if (b instanceof Binding.JavaClass) {
            reporter.error(n.location(), id + " is a Java class, not a value", "call one of its static methods: "
                    + n.name() + ".method(...)");
        } else if (b instanceof Binding.OutOfReach o) {
            reporter.error(n.location(), o.message(), o.hint());
        }
        return null;
    }

    /** A hint when a bare name is the field of a range variable in scope ({@code src} for {@code e.src}). */
    private static String fieldOfARangeVariable(String name, Scope scope) {
        for (String v : scope.names()) {
            if (scope.lookup(v).orElse(null) instanceof Binding.RowVar r && !r.type().scalar()
                    && r.type().schema().indexOf(name).isPresent()) {
                return "did you mean `" + v + "." + name + "`? fields are read through their range variable";
            }
        }
        return null;
    }

    private Expr fieldAccess(FieldAccess f, Scope scope) {
        String field = f.field().name();
        if (f.target() instanceof Name n) {
            Optional<Binding> b = scope.lookup(n.name());
            if (b.isPresent() && b.get() instanceof Binding.RowVar r && !r.type().scalar()) {
                Schema schema = r.type().schema();
                OptionalInt idx = schema.indexOf(field);
                if (idx.isEmpty()) {
                    unknownField(f, n.name(), schema.names(), schema.toString());
                    return null;
                }
                return new ColumnRef(r.offset() + idx.getAsInt(), field, schema.type(idx.getAsInt()));
            }
            if (b.isPresent() && b.get() instanceof Binding.RowVar r) {
                reporter.error(f.field().location(), "`" + n.name() + "` is a single " + r.type().elementType()
                        + " value and has no field `" + field + "`");
                return null;
            }
            if (b.isPresent() && b.get() instanceof Binding.RecordLet t) {
                return t.field(field).map(x -> x.expr()).orElseGet(() -> {
                    unknownField(f, n.name(), t.fields().stream().map(x -> x.name()).toList(), "");
                    return null;
                });
            }
            if (b.isPresent() && b.get() instanceof Binding.GroupVar g) {
                return groupField(f, n.name(), g.group());
            }
            if (b.isPresent() && b.get() instanceof Binding.JavaClass) {
                reporter.error(f.field().location(), "static fields of Java classes cannot be read",
                        "call a static method instead: " + n.name() + "." + field + "(...)");
                return null;
            }
        }
        if (f.target() instanceof FieldAccess inner && inner.target() instanceof Name n
                && inner.field().name().equals("key") && scope.lookup(n.name()).orElse(null) instanceof Binding.GroupVar g
                && g.group().tupleKey && !g.group().failed) {
            for (int i = 0; i < g.group().keys.size(); i++) {
                if (g.group().keys.get(i).name().equals(field)) {
                    return g.group().key(i);
                }
            }
            unknownField(f, n.name() + ".key", g.group().keys.stream().map(k -> k.name()).toList(), "");
            return null;
        }
        Expr target = analyze(f.target(), scope);
        if (target != null) {
            reporter.error(f.field().location(), "a " + target.type() + " value has no field `" + field + "`");
        }
        return null;
    }

    private Expr groupField(FieldAccess f, String name, GroupContext g) {
        if (g.failed) {
            return null;
        }
        if (f.field().name().equals("key")) {
            if (g.tupleKey) {
                reporter.error(f.location(), "`" + name + ".key` is a tuple, not a single value",
                        "use one of its fields, e.g. `" + name + ".key." + g.keys.get(0).name() + "`");
                return null;
            }
            return g.key(0);
        }
        reporter.error(f.field().location(), "a group has no field `" + f.field().name() + "`; it has only `key`",
                "aggregate its elements instead, e.g. sum(" + name + "." + f.field().name() + ")");
        return null;
    }

    private void unknownField(FieldAccess f, String owner, List<String> fields, String schema) {
        String hint = Suggestions.didYouMean(f.field().name(), fields);
        if (hint == null) {
            hint = "`" + owner + "` has the fields " + String.join(", ", fields);
        }
        reporter.error(f.field().location(), "unknown field `" + f.field().name() + "` in `" + owner + "`"
                + (schema.isEmpty() ? "" : " " + schema), hint);
    }

    private Expr binary(io.nereid.compiler.ast.Binary b, Scope scope) {
        Expr l = analyze(b.left(), scope);
        Expr r = analyze(b.right(), scope);
        if (l == null || r == null) {
            return null;
        }
        String sym = "`" + b.op().symbol() + "`";
        ScalarType lt = l.type();
        ScalarType rt = r.type();
        boolean nullable = lt.nullable() || rt.nullable();
        switch (b.op()) {
            case ADD, SUB, MUL, DIV, MOD -> {
                BinaryOp op = BinaryOp.valueOf(b.op().name());
                if (op == BinaryOp.ADD && lt.kind() == ScalarKind.STRING && rt.kind() == ScalarKind.STRING) {
                    return new Binary(BinaryOp.CONCAT, l, r, new ScalarType(ScalarKind.STRING, nullable));
                }
                Optional<ScalarType> t = TypeRules.promote(lt, rt);
                if (t.isEmpty()) {
                    boolean stringy = lt.kind() == ScalarKind.STRING || rt.kind() == ScalarKind.STRING;
                    reporter.error(b.location(), "operator " + sym + " needs numbers" + (op == BinaryOp.ADD ? " or two strings" : "")
                            + ", found " + lt + " and " + rt,
                            stringy && op == BinaryOp.ADD ? "convert the other operand with cast(... as string)" : null);
                    return null;
                }
                return new Binary(op, Coercions.toKind(l, t.get().kind()), Coercions.toKind(r, t.get().kind()), t.get());
            }
            case EQ, NE, LT, LE, GT, GE -> {
                Optional<ScalarType> t = TypeRules.commonType(lt, rt);
                if (t.isEmpty()) {
                    reporter.error(b.location(), "cannot compare " + lt + " with " + rt + " using " + sym,
                            "convert one side, e.g. cast(... as " + lt.kind().nqName() + ")");
                    return null;
                }
                return new Binary(BinaryOp.valueOf(b.op().name()), Coercions.toKind(l, t.get().kind()),
                        Coercions.toKind(r, t.get().kind()), new ScalarType(ScalarKind.BOOL, nullable));
            }
            default -> {
                if (lt.kind() != ScalarKind.BOOL || rt.kind() != ScalarKind.BOOL) {
                    reporter.error(b.location(), "operator " + sym + " needs bool operands, found " + lt + " and " + rt);
                    return null;
                }
                return new Binary(BinaryOp.valueOf(b.op().name()), l, r, new ScalarType(ScalarKind.BOOL, nullable));
            }
        }
    }

    private Expr unary(io.nereid.compiler.ast.Unary u, Scope scope) {
        Expr x = analyze(u.operand(), scope);
        if (x == null) {
            return null;
        }
        if (u.op() == io.nereid.compiler.ast.UnaryOp.NEGATE) {
            if (!x.type().isNumeric()) {
                reporter.error(u.location(), "operator `-` needs a number, found " + x.type());
                return null;
            }
            if (x instanceof Literal l && l.value() instanceof Integer i) {
                return Literal.of(-i);
            }
            if (x instanceof Literal l && l.value() instanceof Long v) {
                return Literal.of(-v);
            }
            if (x instanceof Literal l && l.value() instanceof Double d) {
                return Literal.of(-d);
            }
            return new Unary(UnaryOp.NEG, x, x.type());
        }
        if (x.type().kind() != ScalarKind.BOOL) {
            reporter.error(u.location(), "operator `not` needs a bool, found " + x.type());
            return null;
        }
        return new Unary(UnaryOp.NOT, x, x.type());
    }

    private Expr conditional(List<WhenClause> whens, io.nereid.compiler.ast.Expr otherwise, String what, Scope scope) {
        List<Expr> conds = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean ok = true;
        for (WhenClause w : whens) {
            Expr c = condition(w.condition(), scope, "the condition of `" + what + "`");
            Expr v = analyze(w.value(), scope);
            ok &= c != null && v != null;
            conds.add(c);
            values.add(v);
        }
        Expr other = analyze(otherwise, scope);
        if (!ok || other == null) {
            return null;
        }
        ScalarType t = other.type();
        for (int i = 0; i < values.size(); i++) {
            Optional<ScalarType> common = TypeRules.commonType(values.get(i).type(), t);
            if (common.isEmpty()) {
                reporter.error(whens.get(i).value().location(), "the branches of `" + what + "` have incompatible types "
                        + values.get(i).type() + " and " + t);
                return null;
            }
            t = common.get();
        }
        List<Case.When> branches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            branches.add(new Case.When(conds.get(i), Coercions.toType(values.get(i), t)));
        }
        return new Case(branches, Coercions.toType(other, t), t);
    }

    private Expr cast(io.nereid.compiler.ast.Cast c, Scope scope) {
        Expr x = analyze(c.value(), scope);
        if (x == null) {
            return null;
        }
        ScalarKind target = kindOf(c.target().kind());
        if (x.type().kind() == target) {
            return x;
        }
        if (!TypeRules.isCastable(x.type().kind(), target)) {
            reporter.error(c.location(), "cannot convert " + x.type() + " to " + target.nqName());
            return null;
        }
        return new Cast(x, new ScalarType(target, x.type().nullable()));
    }

    /** The type-system kind of an AST type keyword. */
    static ScalarKind kindOf(io.nereid.compiler.ast.ScalarKind kind) {
        return ScalarKind.fromNqName(kind.keyword()).orElseThrow();
    }
}
