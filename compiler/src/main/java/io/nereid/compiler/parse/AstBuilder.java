package io.nereid.compiler.parse;

import io.nereid.compiler.ast.FieldType;
import io.nereid.compiler.ast.Fixpoint;
import io.nereid.compiler.ast.FromClause;
import io.nereid.compiler.ast.GroupClause;
import io.nereid.compiler.ast.Identifier;
import io.nereid.compiler.ast.ImportJava;
import io.nereid.compiler.ast.InputDecl;
import io.nereid.compiler.ast.Iterate;
import io.nereid.compiler.ast.JoinClause;
import io.nereid.compiler.ast.JoinKind;
import io.nereid.compiler.ast.LetClause;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.Literal;
import io.nereid.compiler.ast.LoopBound;
import io.nereid.compiler.ast.OrderByClause;
import io.nereid.compiler.ast.Ordering;
import io.nereid.compiler.ast.OutputDecl;
import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.PrimitiveType;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.Query;
import io.nereid.compiler.ast.QueryClause;
import io.nereid.compiler.ast.ScalarKind;
import io.nereid.compiler.ast.Statement;
import io.nereid.compiler.ast.Times;
import io.nereid.compiler.ast.TupleType;
import io.nereid.compiler.ast.TypeRef;
import io.nereid.compiler.ast.WhereClause;
import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import io.nereid.grammar.NqParser;
import io.nereid.grammar.NqParser.IdentifierContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the AST from a parse tree without syntax errors: statements, types, queries and iterate
 * here, operands and literals in {@link ExpressionBuilder}. Each method returns a new node located
 * at the start of its rule. Malformed literals are added to the diagnostics.
 */
final class AstBuilder {
    private final SourceFile file;
    private final List<Diagnostic> diagnostics;
    private final Literals literals;
    private final ExpressionBuilder expressions;

    AstBuilder(SourceFile file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.literals = new Literals(diagnostics);
        this.expressions = new ExpressionBuilder(this, literals);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    SourceLocation loc(Token token) {
        return file.locationOfCodePoint(token.getLine(), token.getCharPositionInLine());
    }

    SourceLocation loc(ParserRuleContext ctx) {
        return loc(ctx.getStart());
    }

    Identifier identifier(IdentifierContext ctx) {
        return new Identifier(loc(ctx), ctx.getText());
    }

    Program program(NqParser.ProgramContext ctx) {
        List<Statement> statements = new ArrayList<>();
        for (NqParser.StatementContext s : ctx.statement()) {
            statements.add(statement(s));
        }
        return new Program(file.location(1, 1), statements);
    }

    private Statement statement(NqParser.StatementContext ctx) {
        if (ctx instanceof NqParser.ImportStatementContext c) {
            String className = c.className.identifier().stream().map(IdentifierContext::getText)
                    .collect(Collectors.joining("."));
            List<IdentifierContext> parts = c.className.identifier();
            Identifier alias = c.alias != null ? identifier(c.alias) : identifier(parts.get(parts.size() - 1));
            return new ImportJava(loc(c), className, alias);
        }
        if (ctx instanceof NqParser.InputStatementContext c) {
            Optional<String> source = c.source == null ? Optional.empty()
                    : Optional.of(literals.string(c.source.getText(), loc(c.source)));
            return new InputDecl(loc(c), identifier(c.name), type(c.type()), source);
        }
        if (ctx instanceof NqParser.ParamStatementContext c) {
            Optional<Literal> value = c.value == null ? Optional.empty()
                    : Optional.of(expressions.paramValue(c.value));
            return new ParamDecl(loc(c), identifier(c.name), type(c.type()), value);
        }
        if (ctx instanceof NqParser.LetStatementContext c) {
            return let(c.letBinding());
        }
        NqParser.OutputStatementContext c = (NqParser.OutputStatementContext) ctx;
        Optional<String> target = c.target == null ? Optional.empty()
                : Optional.of(literals.string(c.target.getText(), loc(c.target)));
        return new OutputDecl(loc(c), identifier(c.name), target);
    }

    private LetDecl let(NqParser.LetBindingContext ctx) {
        return new LetDecl(loc(ctx), identifier(ctx.name), expression(ctx.value));
    }

    TypeRef type(NqParser.TypeContext ctx) {
        if (ctx instanceof NqParser.ScalarTypeRefContext c) {
            return scalarType(c.scalarType());
        }
        NqParser.TupleTypeRefContext c = (NqParser.TupleTypeRefContext) ctx;
        List<FieldType> fields = new ArrayList<>();
        for (NqParser.FieldTypeContext f : c.fieldType()) {
            fields.add(new FieldType(loc(f), identifier(f.name), type(f.type())));
        }
        return new TupleType(loc(c), fields);
    }

    PrimitiveType scalarType(NqParser.ScalarTypeContext ctx) {
        ScalarKind kind = switch (ctx.kind.getType()) {
            case NqParser.BOOL -> ScalarKind.BOOL;
            case NqParser.INT -> ScalarKind.INT;
            case NqParser.LONG -> ScalarKind.LONG;
            case NqParser.DOUBLE -> ScalarKind.DOUBLE;
            case NqParser.STRING -> ScalarKind.STRING;
            default -> ScalarKind.DATE;
        };
        return new PrimitiveType(loc(ctx), kind);
    }

    io.nereid.compiler.ast.Expr expression(NqParser.ExpressionContext ctx) {
        if (ctx instanceof NqParser.QueryExpressionContext c) {
            return query(c.query());
        }
        if (ctx instanceof NqParser.IterateExpressionContext c) {
            return iterate(c.iterate());
        }
        if (ctx instanceof NqParser.IfExpressionContext c) {
            return new io.nereid.compiler.ast.IfExpr(loc(c), expression(c.condition), expression(c.thenValue),
                    expression(c.elseValue));
        }
        return expressions.operand(((NqParser.OperandExpressionContext) ctx).operand());
    }

    private Query query(NqParser.QueryContext ctx) {
        List<QueryClause> body = new ArrayList<>();
        for (NqParser.QueryClauseContext clause : ctx.queryClause()) {
            body.add(clause(clause));
        }
        return new Query(loc(ctx), from(ctx.fromClause()), body, expression(ctx.select),
                ctx.take == null ? Optional.empty() : Optional.of(expression(ctx.take)));
    }

    private FromClause from(NqParser.FromClauseContext ctx) {
        return new FromClause(loc(ctx), identifier(ctx.variable), expression(ctx.source));
    }

    private QueryClause clause(NqParser.QueryClauseContext ctx) {
        if (ctx instanceof NqParser.FromQueryClauseContext c) {
            return from(c.fromClause());
        }
        if (ctx instanceof NqParser.LetQueryClauseContext c) {
            return new LetClause(loc(c), identifier(c.name), expression(c.value));
        }
        if (ctx instanceof NqParser.WhereQueryClauseContext c) {
            return new WhereClause(loc(c), expression(c.condition));
        }
        if (ctx instanceof NqParser.JoinQueryClauseContext c) {
            JoinKind kind = c.LEFT() != null ? JoinKind.LEFT : JoinKind.INNER;
            return new JoinClause(loc(c), kind, identifier(c.variable), expression(c.source),
                    expression(c.leftKey), expression(c.rightKey));
        }
        if (ctx instanceof NqParser.GroupQueryClauseContext c) {
            return new GroupClause(loc(c), expression(c.element), expression(c.key), identifier(c.into),
                    c.having == null ? Optional.empty() : Optional.of(expression(c.having)));
        }
        NqParser.OrderByQueryClauseContext c = (NqParser.OrderByQueryClauseContext) ctx;
        List<Ordering> orderings = new ArrayList<>();
        for (NqParser.OrderingContext o : c.ordering()) {
            boolean descending = o.direction != null && o.direction.getType() == NqParser.DESCENDING;
            orderings.add(new Ordering(loc(o), expression(o.key), descending));
        }
        return new OrderByClause(loc(c), orderings);
    }

    private Iterate iterate(NqParser.IterateContext ctx) {
        LoopBound bound;
        if (ctx.loopBound() instanceof NqParser.TimesBoundContext t) {
            bound = new Times(loc(t), expressions.operand(t.count));
        } else {
            bound = new Fixpoint(loc(ctx.loopBound()));
        }
        List<LetDecl> lets = new ArrayList<>();
        for (NqParser.LetBindingContext l : ctx.letBinding()) {
            lets.add(let(l));
        }
        return new Iterate(loc(ctx), identifier(ctx.variable), expression(ctx.initial), bound, lets,
                expression(ctx.body));
    }
}
