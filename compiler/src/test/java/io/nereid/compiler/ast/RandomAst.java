package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random, syntactically valid expression trees (every node kind the parser can produce), for
 * formatter round-trip properties. Locations are all the same dummy point.
 */
final class RandomAst {
    private static final SourceLocation AT = SourceFile.of("random.nq", "x").location(1, 1);
    private static final List<String> NAMES = List.of("x", "edges", "g", "key", "to", "date", "left", "on",
            "by", "times", "fixpoint", "a_1", "_b");

    private final Random random;

    RandomAst(long seed) {
        this.random = new Random(seed);
    }

    Program program() {
        List<Statement> statements = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            statements.add(new LetDecl(AT, id(), expr(4)));
        }
        return new Program(AT, statements);
    }

    Expr expr(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        int d = depth - 1;
        return switch (random.nextInt(17)) {
            case 0, 1 -> leaf();
            case 2 -> new Binary(AT, pick(BinaryOp.values()), expr(d), expr(d));
            case 3 -> new Binary(AT, pick(BinaryOp.values()), expr(d), expr(d));
            case 4 -> new Unary(AT, pick(UnaryOp.values()), expr(d));
            case 5 -> new FieldAccess(AT, expr(d), id());
            case 6 -> new MethodCall(AT, expr(d), id(), arguments(d, true));
            case 7 -> new Call(AT, id(), arguments(d, false));
            case 8 -> new IfExpr(AT, expr(d), expr(d), expr(d));
            case 9 -> new CaseExpr(AT, list(1, 3, () -> new WhenClause(AT, expr(d), expr(d))), expr(d));
            case 10 -> new Cast(AT, expr(d), new PrimitiveType(AT, pick(ScalarKind.values())));
            case 11 -> tuple(d);
            case 12 -> new Exists(AT, query(d));
            case 13, 14 -> query(d);
            case 15 -> iterate(d);
            default -> leaf();
        };
    }

    private Expr leaf() {
        return switch (random.nextInt(7)) {
            case 0 -> new Name(AT, pick(NAMES));
            case 1 -> new IntegerLiteral(AT, random.nextInt(3) == 0 ? Long.MAX_VALUE : random.nextInt(1000),
                    random.nextBoolean());
            case 2 -> new DoubleLiteral(AT, random.nextInt(3) == 0 ? 1e-7 * random.nextInt(100) : random.nextDouble() * 1e6);
            case 3 -> new StringLiteral(AT, string());
            case 4 -> new BoolLiteral(AT, random.nextBoolean());
            case 5 -> new DateLiteral(AT, LocalDate.ofEpochDay(random.nextInt(40_000)));
            default -> new Name(AT, pick(NAMES));
        };
    }

    private String string() {
        String alphabet = "ab \"\\\n\t\r\u00e9\u0001";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private List<Expr> arguments(int depth, boolean lambdas) {
        return list(0, 3, () -> lambdas && random.nextBoolean()
                ? new Lambda(AT, list(1, 3, this::id), expr(depth))
                : expr(depth));
    }

    private Expr tuple(int depth) {
        int n = 1 + random.nextInt(3);
        List<TupleField> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean named = n == 1 || random.nextBoolean();
            fields.add(new TupleField(AT, named ? Optional.of(id()) : Optional.empty(), expr(depth)));
        }
        return new TupleExpr(AT, fields);
    }

    private Query query(int depth) {
        List<QueryClause> body = list(0, 4, () -> clause(depth));
        Optional<Expr> take = random.nextInt(4) == 0 ? Optional.of(expr(depth)) : Optional.empty();
        return new Query(AT, new FromClause(AT, id(), expr(depth)), body, expr(depth), take);
    }

    private QueryClause clause(int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> new FromClause(AT, id(), expr(depth));
            case 1 -> new LetClause(AT, id(), expr(depth));
            case 2 -> new WhereClause(AT, expr(depth));
            case 3 -> new JoinClause(AT, pick(JoinKind.values()), id(), expr(depth), expr(depth), expr(depth));
            case 4 -> new GroupClause(AT, expr(depth), expr(depth), id(),
                    random.nextBoolean() ? Optional.of(expr(depth)) : Optional.empty());
            default -> new OrderByClause(AT, list(1, 3, () -> new Ordering(AT, expr(depth), random.nextBoolean())));
        };
    }

    private Iterate iterate(int depth) {
        LoopBound bound = random.nextBoolean() ? new Fixpoint(AT) : new Times(AT, expr(depth));
        return new Iterate(AT, id(), expr(depth), bound, list(0, 2, () -> new LetDecl(AT, id(), expr(depth))),
                expr(depth));
    }

    private Identifier id() {
        return new Identifier(AT, pick(NAMES));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> list(int min, int max, java.util.function.Supplier<T> item) {
        int n = min + random.nextInt(max - min + 1);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }
}
