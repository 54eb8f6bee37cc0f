package io.nereid.compiler.parse;

import io.nereid.compiler.ast.Binary;
import io.nereid.compiler.ast.BinaryOp;
import io.nereid.compiler.ast.BoolLiteral;
import io.nereid.compiler.ast.Call;
import io.nereid.compiler.ast.CaseExpr;
import io.nereid.compiler.ast.Cast;
import io.nereid.compiler.ast.DateLiteral;
import io.nereid.compiler.ast.DoubleLiteral;
import io.nereid.compiler.ast.Exists;
import io.nereid.compiler.ast.Expr;
import io.nereid.compiler.ast.FieldAccess;
import io.nereid.compiler.ast.Identifier;
import io.nereid.compiler.ast.IntegerLiteral;
import io.nereid.compiler.ast.Lambda;
import io.nereid.compiler.ast.Literal;
import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.StringLiteral;
import io.nereid.compiler.ast.TupleExpr;
import io.nereid.compiler.ast.TupleField;
import io.nereid.compiler.ast.Unary;
import io.nereid.compiler.ast.UnaryOp;
import io.nereid.compiler.ast.WhenClause;
import io.nereid.compiler.diag.Diagnostic;
import io.nereid.grammar.NqParser;
import io.nereid.grammar.NqParser.IdentifierContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Builds operand expressions (operators, member access, calls, literals, tuples, lambdas). */
final class ExpressionBuilder {
    private final AstBuilder ast;
    private final Literals literals;

    ExpressionBuilder(AstBuilder ast, Literals literals) {
        this.ast = ast;
        this.literals = literals;
    }

    Expr operand(NqParser.OperandContext ctx) {
        if (ctx instanceof NqParser.PrimaryOperandContext c) {
            return primary(c.primary());
        }
        if (ctx instanceof NqParser.MethodCallContext c) {
            return new MethodCall(ast.loc(c), operand(c.target), member(c.member), arguments(c.arguments()));
        }
        if (ctx instanceof NqParser.FieldAccessContext c) {
            return new FieldAccess(ast.loc(c), operand(c.target), member(c.member));
        }
        if (ctx instanceof NqParser.NegationContext c) {
            return new Unary(ast.loc(c), UnaryOp.NEGATE, operand(c.inner));
        }
        if (ctx instanceof NqParser.LogicalNotContext c) {
            return new Unary(ast.loc(c), UnaryOp.NOT, operand(c.inner));
        }
        if (ctx instanceof NqParser.MultiplicativeContext c) {
            return binary(c, c.op, c.left, c.right);
        }
        if (ctx instanceof NqParser.AdditiveContext c) {
            return binary(c, c.op, c.left, c.right);
        }
        if (ctx instanceof NqParser.ComparisonContext c) {
            if (c.left instanceof NqParser.ComparisonContext) {
                ast.diagnostics().add(Diagnostic.error(ast.loc(c.op), "comparisons cannot be chained",
                        "compare twice and combine with 'and', e.g. a < b and b < c"));
            }
            return binary(c, c.op, c.left, c.right);
        }
        if (ctx instanceof NqParser.LogicalAndContext c) {
            return binary(c, c.op, c.left, c.right);
        }
        NqParser.LogicalOrContext c = (NqParser.LogicalOrContext) ctx;
        return binary(c, c.op, c.left, c.right);
    }

    private Expr binary(NqParser.OperandContext ctx, Token op, NqParser.OperandContext left,
                        NqParser.OperandContext right) {
        BinaryOp kind = switch (op.getType()) {
            case NqParser.STAR -> BinaryOp.MUL;
            case NqParser.SLASH -> BinaryOp.DIV;
            case NqParser.PERCENT -> BinaryOp.MOD;
            case NqParser.PLUS -> BinaryOp.ADD;
            case NqParser.MINUS -> BinaryOp.SUB;
            case NqParser.EQ -> BinaryOp.EQ;
            case NqParser.NE -> BinaryOp.NE;
            case NqParser.LT -> BinaryOp.LT;
            case NqParser.LE -> BinaryOp.LE;
            case NqParser.GT -> BinaryOp.GT;
            case NqParser.GE -> BinaryOp.GE;
            case NqParser.AND, NqParser.AMPAMP -> BinaryOp.AND;
            default -> BinaryOp.OR;
        };
        return new Binary(ast.loc(ctx), kind, operand(left), operand(right));
    }

    private Identifier member(NqParser.MemberNameContext ctx) {
        return new Identifier(ast.loc(ctx), ctx.getText());
    }

    private Expr primary(NqParser.PrimaryContext ctx) {
        if (ctx instanceof NqParser.LiteralPrimaryContext c) {
            return literal(c.literal(), false);
        }
        if (ctx instanceof NqParser.FunctionCallContext c) {
            return new Call(ast.loc(c), ast.identifier(c.function), arguments(c.arguments()));
        }
        if (ctx instanceof NqParser.NameReferenceContext c) {
            return new Name(ast.loc(c), c.identifier().getText());
        }
        if (ctx instanceof NqParser.TupleOrParenthesizedContext c) {
            return tuple(c);
        }
        if (ctx instanceof NqParser.CaseExpressionContext c) {
            List<WhenClause> whens = new ArrayList<>();
            for (NqParser.WhenArmContext w : c.whenArm()) {
                whens.add(new WhenClause(ast.loc(w), ast.expression(w.condition), ast.expression(w.value)));
            }
            return new CaseExpr(ast.loc(c), whens, ast.expression(c.otherwise));
        }
        if (ctx instanceof NqParser.CastExpressionContext c) {
            return new Cast(ast.loc(c), ast.expression(c.value), ast.scalarType(c.scalarType()));
        }
        NqParser.ExistsExpressionContext c = (NqParser.ExistsExpressionContext) ctx;
        return new Exists(ast.loc(c), ast.expression(c.subquery));
    }

    private Expr tuple(NqParser.TupleOrParenthesizedContext ctx) {
        List<NqParser.TupleFieldContext> fields = ctx.tupleField();
        if (fields.size() == 1 && fields.get(0).name == null) {
            return ast.expression(fields.get(0).value);
        }
        List<TupleField> built = new ArrayList<>();
        for (NqParser.TupleFieldContext f : fields) {
            Optional<Identifier> name = f.name == null ? Optional.empty() : Optional.of(ast.identifier(f.name));
            built.add(new TupleField(ast.loc(f), name, ast.expression(f.value)));
        }
        return new TupleExpr(ast.loc(ctx), built);
    }

    private List<Expr> arguments(NqParser.ArgumentsContext ctx) {
        List<Expr> args = new ArrayList<>();
        if (ctx == null) {
            return args;
        }
        for (NqParser.ArgumentContext a : ctx.argument()) {
            if (a instanceof NqParser.LambdaArgumentContext l) {
                args.add(lambda(l.lambda()));
            } else {
                args.add(ast.expression(((NqParser.ExpressionArgumentContext) a).expression()));
            }
        }
        return args;
    }

    private Lambda lambda(NqParser.LambdaContext ctx) {
        List<Identifier> params = new ArrayList<>();
        NqParser.ExpressionContext body;
        if (ctx instanceof NqParser.SingleParameterLambdaContext c) {
            params.add(ast.identifier(c.identifier()));
            body = c.body;
        } else {
            NqParser.MultiParameterLambdaContext c = (NqParser.MultiParameterLambdaContext) ctx;
            for (IdentifierContext id : c.identifier()) {
                params.add(ast.identifier(id));
            }
            body = c.body;
        }
        return new Lambda(ast.loc(ctx), params, ast.expression(body));
    }

    /** A parameter default: a literal, where a leading minus belongs to the number. */
    Literal paramValue(NqParser.ParamValueContext ctx) {
        boolean negative = ctx.minus != null;
        Literal value = literal(ctx.literal(), negative);
        if (negative && !(value instanceof IntegerLiteral) && !(value instanceof DoubleLiteral)) {
            ast.diagnostics().add(Diagnostic.error(ast.loc(ctx.minus), "only a number can be negative",
                    "remove the '-'"));
        }
        return value;
    }

    private Literal literal(NqParser.LiteralContext ctx, boolean negative) {
        var at = negative ? ast.loc(((NqParser.ParamValueContext) ctx.getParent()).minus) : ast.loc(ctx);
        if (ctx instanceof NqParser.IntegerLiteralContext c) {
            String text = c.getText();
            boolean suffix = text.endsWith("L") || text.endsWith("l");
            return new IntegerLiteral(at, literals.integer(text, negative, ast.loc(c)), suffix);
        }
        if (ctx instanceof NqParser.DecimalLiteralContext c) {
            double value = literals.decimal(c.getText(), ast.loc(c));
            return new DoubleLiteral(at, negative ? -value : value);
        }
        if (ctx instanceof NqParser.StringLiteralContext c) {
            return new StringLiteral(at, literals.string(c.getText(), ast.loc(c)));
        }
        if (ctx instanceof NqParser.BooleanLiteralContext c) {
            return new BoolLiteral(at, c.value.getType() == NqParser.TRUE);
        }
        NqParser.DateLiteralContext c = (NqParser.DateLiteralContext) ctx;
        String content = literals.string(c.text.getText(), ast.loc(c.text));
        return new DateLiteral(at, literals.date(content, ast.loc(c.text)));
    }
}
