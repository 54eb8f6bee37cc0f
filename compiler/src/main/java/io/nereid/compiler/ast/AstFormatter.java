package io.nereid.compiler.ast;

import java.util.List;
import java.util.Objects;

/**
 * Prints an AST back as NQ source. Parsing the output gives an equivalent tree
 * ({@link AstEquivalence}). Layout: one statement per line (a blank line between statements of
 * different kinds and around multi-line ones); query clauses aligned under their {@code from} (a
 * query without body clauses stays on one line); iterate bodies indented by two spaces;
 * parentheses only where precedence needs them, and around queries, ifs and iterates inside query
 * clauses (so that a trailing clause can never attach to the wrong query).
 */
public final class AstFormatter {
    /** Precedence of queries, iterates and if-then-else: the loosest. */
    private static final int TOP = 0;
    /** Any operand: no query, iterate or if without parentheses. */
    private static final int OPERAND = 1;
    private static final int POSTFIX = 8;

    private final StringBuilder sb = new StringBuilder();

    private AstFormatter() {
    }

    /** The NQ text of a program, ending with a newline. */
    public static String format(Program program) {
        Objects.requireNonNull(program, "program");
        AstFormatter f = new AstFormatter();
        Statement previous = null;
        boolean previousMultiline = false;
        for (Statement s : program.statements()) {
            int start = f.sb.length();
            f.statement(s);
            boolean multiline = f.sb.indexOf("\n", start) >= 0;
            if (previous != null && (previous.getClass() != s.getClass() || multiline || previousMultiline)) {
                f.sb.insert(start, '\n');
            }
            f.sb.append('\n');
            previous = s;
            previousMultiline = multiline;
        }
        return f.sb.toString();
    }

    /** The NQ text of one expression, on as many lines as its queries need. */
    public static String format(Expr expr) {
        AstFormatter f = new AstFormatter();
        f.expr(Objects.requireNonNull(expr, "expr"), TOP);
        return f.sb.toString();
    }

    private void statement(Statement s) {
        if (s instanceof ImportJava i) {
            sb.append("import java ").append(i.className());
            String simple = i.className().substring(i.className().lastIndexOf('.') + 1);
            if (!simple.equals(i.alias().name())) {
                sb.append(" as ").append(i.alias().name());
            }
        } else if (s instanceof InputDecl i) {
            sb.append("input ").append(i.name().name()).append(" : ");
            type(i.type());
            i.defaultSource().ifPresent(src -> sb.append(" from ").append(AstPrinter.quote(src)));
        } else if (s instanceof ParamDecl p) {
            sb.append("param ").append(p.name().name()).append(" : ");
            type(p.type());
            p.defaultValue().ifPresent(v -> {
                sb.append(" = ");
                literal(v);
            });
        } else if (s instanceof LetDecl l) {
            let(l);
        } else if (s instanceof OutputDecl o) {
            sb.append("output ").append(o.name().name());
            o.target().ifPresent(t -> sb.append(" to ").append(AstPrinter.quote(t)));
        }
        sb.append(';');
    }

    private void let(LetDecl l) {
        sb.append("let ").append(l.name().name()).append(" = ");
        expr(l.value(), TOP);
    }

    private void type(TypeRef t) {
        if (t instanceof PrimitiveType p) {
            sb.append(p.kind().keyword());
            return;
        }
        sb.append('(');
        List<FieldType> fields = ((TupleType) t).fields();
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(fields.get(i).name().name()).append(": ");
            type(fields.get(i).type());
        }
        sb.append(')');
    }

    private void expr(Expr e, int min) {
        int prec = precedence(e);
        boolean parens = prec < min;
        if (parens) {
            sb.append('(');
        }
        if (e instanceof Literal l) {
            literal(l);
        } else if (e instanceof Name n) {
            sb.append(n.name());
        } else if (e instanceof FieldAccess f) {
            expr(f.target(), POSTFIX);
            sb.append('.').append(f.field().name());
        } else if (e instanceof MethodCall m) {
            expr(m.target(), POSTFIX);
            sb.append('.').append(m.method().name());
            arguments(m.arguments());
        } else if (e instanceof Call c) {
            sb.append(c.function().name());
            arguments(c.arguments());
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof Binary b) {
            int p = b.op().precedence();
            expr(b.left(), b.op().isComparison() ? p + 1 : p);
            sb.append(' ').append(b.op().symbol()).append(' ');
            expr(b.right(), p + 1);
        } else if (e instanceof Unary u) {
            sb.append(u.op() == UnaryOp.NOT ? "not " : "-");
            expr(u.operand(), precedence(u));
        } else if (e instanceof IfExpr i) {
            sb.append("if ");
            expr(i.condition(), TOP);
            sb.append(" then ");
            expr(i.thenValue(), TOP);
            sb.append(" else ");
            expr(i.elseValue(), TOP);
        } else if (e instanceof CaseExpr c) {
            sb.append("case");
            for (WhenClause w : c.whens()) {
                sb.append(" when ");
                expr(w.condition(), OPERAND);
                sb.append(" then ");
                expr(w.value(), OPERAND);
            }
            sb.append(" else ");
            expr(c.otherwise(), OPERAND);
            sb.append(" end");
        } else if (e instanceof Cast c) {
            sb.append("cast(");
            expr(c.value(), TOP);
            sb.append(" as ").append(c.target().kind().keyword()).append(')');
        } else if (e instanceof TupleExpr t) {
            tuple(t);
        } else if (e instanceof Exists x) {
            sb.append("exists (");
            expr(x.query(), TOP);
            sb.append(')');
        } else if (e instanceof Query q) {
            query(q);
        } else if (e instanceof Iterate it) {
            iterate(it);
        }
        if (parens) {
            sb.append(')');
        }
    }

    private static int precedence(Expr e) {
        if (e instanceof Query || e instanceof Iterate || e instanceof IfExpr) {
            return TOP;
        }
        if (e instanceof Binary b) {
            return b.op().precedence();
        }
        if (e instanceof Unary u) {
            return u.op() == UnaryOp.NOT ? BinaryOp.NOT_PRECEDENCE : BinaryOp.NEGATE_PRECEDENCE;
        }
        if (e instanceof Literal l && isNegative(l)) {
            return BinaryOp.NEGATE_PRECEDENCE;
        }
        return POSTFIX + 1;
    }

    private static boolean isNegative(Literal l) {
        return (l instanceof IntegerLiteral i && i.value() < 0)
                || (l instanceof DoubleLiteral d && (d.value() < 0 || (d.value() == 0 && 1 / d.value() < 0)));
    }

    private void literal(Literal l) {
        if (l instanceof BoolLiteral b) {
            sb.append(b.value());
        } else if (l instanceof IntegerLiteral i) {
            sb.append(i.value()).append(i.longSuffix() ? "L" : "");
        } else if (l instanceof DoubleLiteral d) {
            sb.append(Double.toString(d.value()));
        } else if (l instanceof StringLiteral s) {
            sb.append(AstPrinter.quote(s.value()));
        } else if (l instanceof DateLiteral d) {
            sb.append("date ").append(AstPrinter.quote(d.value().toString()));
        }
    }

    private void arguments(List<Expr> args) {
        sb.append('(');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            expr(args.get(i), TOP);
        }
        sb.append(')');
    }

    private void lambda(Lambda l) {
        List<Identifier> params = l.parameters();
        if (params.size() == 1) {
            sb.append(params.get(0).name());
        } else {
            sb.append('(');
            for (int i = 0; i < params.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(params.get(i).name());
            }
            sb.append(')');
        }
        sb.append(" => ");
        expr(l.body(), TOP);
    }

    private void tuple(TupleExpr t) {
        sb.append('(');
        List<TupleField> fields = t.fields();
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            fields.get(i).name().ifPresent(n -> sb.append(n.name()).append(": "));
            expr(fields.get(i).value(), TOP);
        }
        sb.append(')');
    }

    private void query(Query q) {
        int column = column();
        from(q.from());
        for (QueryClause c : q.body()) {
            newline(column);
            clause(c);
        }
        if (q.body().isEmpty()) {
            sb.append(' ');
        } else {
            newline(column);
        }
        sb.append("select ");
        expr(q.select(), OPERAND);
        q.take().ifPresent(t -> {
            if (q.body().isEmpty()) {
                sb.append(' ');
            } else {
                newline(column);
            }
            sb.append("take ");
            expr(t, OPERAND);
        });
    }

    private void from(FromClause f) {
        sb.append("from ").append(f.variable().name()).append(" in ");
        expr(f.source(), OPERAND);
    }

    private void clause(QueryClause c) {
        if (c instanceof FromClause f) {
            from(f);
        } else if (c instanceof LetClause l) {
            sb.append("let ").append(l.name().name()).append(" = ");
            expr(l.value(), OPERAND);
        } else if (c instanceof WhereClause w) {
            sb.append("where ");
            expr(w.condition(), OPERAND);
        } else if (c instanceof JoinClause j) {
            sb.append(j.kind() == JoinKind.LEFT ? "left join " : "join ").append(j.variable().name()).append(" in ");
            expr(j.source(), OPERAND);
            sb.append(" on ");
            expr(j.leftKey(), OPERAND);
            sb.append(" equals ");
            expr(j.rightKey(), OPERAND);
        } else if (c instanceof GroupClause g) {
            sb.append("group ");
            expr(g.element(), OPERAND);
            sb.append(" by ");
            expr(g.key(), OPERAND);
            sb.append(" into ").append(g.into().name());
            g.having().ifPresent(h -> {
                sb.append(" having ");
                expr(h, OPERAND);
            });
        } else if (c instanceof OrderByClause o) {
            sb.append("orderby ");
            for (int i = 0; i < o.orderings().size(); i++) {
                Ordering ordering = o.orderings().get(i);
                sb.append(i == 0 ? "" : ", ");
                expr(ordering.key(), OPERAND);
                sb.append(ordering.descending() ? " descending" : "");
            }
        }
    }

    private void iterate(Iterate it) {
        int indent = lineIndent();
        sb.append("iterate ").append(it.variable().name()).append(" = ");
        expr(it.initial(), OPERAND);
        if (it.bound() instanceof Times t) {
            sb.append(" times ");
            expr(t.count(), OPERAND);
        } else {
            sb.append(" until fixpoint");
        }
        sb.append(" {");
        for (LetDecl l : it.lets()) {
            newline(indent + 2);
            let(l);
            sb.append(';');
        }
        newline(indent + 2);
        expr(it.body(), TOP);
        newline(indent);
        sb.append('}');
    }

    private int column() {
        return sb.length() - (sb.lastIndexOf("\n") + 1);
    }

    private int lineIndent() {
        int start = sb.lastIndexOf("\n") + 1;
        int i = start;
        while (i < sb.length() && sb.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    private void newline(int indent) {
        sb.append('\n').append(" ".repeat(indent));
    }
}
