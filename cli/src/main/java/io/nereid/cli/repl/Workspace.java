package io.nereid.cli.repl;

import io.nereid.compiler.analyze.Analyzer;
import io.nereid.compiler.ast.Identifier;
import io.nereid.compiler.ast.InputDecl;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.OutputDecl;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.Statement;
import io.nereid.compiler.ast.AstFormatter;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.diag.SourceLocation;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.Schema;
import io.nereid.operators.Column;
import io.nereid.operators.ColumnKind;
import io.nereid.operators.RelationInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a REPL session: its {@link Declarations}, the rows loaded into its inputs,
 * which stay in memory across queries, and the indexes built on them ({@link IndexCache}). Answers the questions {@code :schema} and completion ask
 * (the schema of a name, every field name), caching what it computes until the next declaration.
 */
final class Workspace {
    private static final SourceLocation NOWHERE = SourceFile.of("<repl>", "").location(1, 1);

    private Declarations declarations = Declarations.EMPTY;
    private final Map<String, StoredRelation> data = new LinkedHashMap<>();
    private final Map<String, Optional<Schema>> schemas = new HashMap<>();
    private final IndexCache indexes = new IndexCache();

    Declarations declarations() {
        return declarations;
    }

    /**
     * Replaces the declarations (already analyzed) with {@code next}. Rows loaded into an input
     * whose columns changed are dropped; returns a note saying so.
     */
    Optional<String> declare(Declarations next) {
        declarations = Objects.requireNonNull(next, "next");
        schemas.clear();
        List<String> dropped = new ArrayList<>();
        for (StoredRelation r : List.copyOf(data.values())) {
            String name = r.relation().name();
            if (relationInfo(name).map(info -> !info.columns().equals(r.relation().columns())).orElse(true)) {
                data.remove(name);
                indexes.invalidate(name);
                dropped.add(name);
            }
        }
        return dropped.isEmpty() ? Optional.empty() : Optional.of("dropped the rows loaded into " + String.join(", ",
                dropped) + ": the columns changed; load them again");
    }

    /** The row schema of the input or let {@code name}, if it is a relation. */
    Optional<Schema> schema(String name) {
        return schemas.computeIfAbsent(name, this::computeSchema);
    }

    private Optional<Schema> computeSchema(String name) {
        if (declarations.find(name).filter(s -> s instanceof InputDecl || s instanceof LetDecl).isEmpty()) {
            return Optional.empty();
        }
        List<Statement> all = new ArrayList<>(declarations.statements());
        all.add(new OutputDecl(NOWHERE, new Identifier(NOWHERE, name), Optional.empty()));
        try {
            return Optional.of(Analyzer.analyze(new Program(NOWHERE, all)).outputs().get(0).schema());
        } catch (NqCompileException e) {
            return Optional.empty(); // a let of a single value, not a relation
        }
    }

    /** The columns of input {@code name}, as the operators see them. */
    Optional<RelationInfo> relationInfo(String name) {
        if (declarations.input(name).isEmpty()) {
            return Optional.empty();
        }
        return schema(name).map(s -> new RelationInfo(name, s.fields().stream()
                .map(f -> new Column(f.name(), ColumnKind.valueOf(f.type().kind().name()))).toList(), Optional.empty()));
    }

    /** Keeps the rows of an input, replacing what was loaded before. */
    void store(StoredRelation rows) {
        data.put(rows.relation().name(), rows);
        indexes.invalidate(rows.relation().name());
    }

    /** The indexes kept on the stored relations, which joins of later queries reuse. */
    IndexCache indexes() {
        return indexes;
    }

    /** The rows loaded into input {@code name}. */
    Optional<StoredRelation> rows(String name) {
        return Optional.ofNullable(data.get(name));
    }

    /** {@code input edges : (src: long, dst: long)}, with what is loaded; {@code let ...}; a param or import as typed. */
    String describe(String name) {
        Statement s = declarations.find(name).orElseThrow();
        if (s instanceof InputDecl) {
            String loaded = rows(name).map(r -> ResultDisplay.count(r.rows(), "row") + " loaded from " + r.origin())
                    .orElse("no rows loaded");
            List<String> indexed = indexes.of(name);
            if (!indexed.isEmpty()) {
                loaded += ", indexed on " + String.join(" and ", indexed);
            }
            return "input " + name + " : " + schema(name).map(Schema::toString).orElse("?") + " -- " + loaded;
        }
        if (s instanceof LetDecl) {
            return "let " + name + schema(name).map(x -> " : " + x).orElse(" (a value)");
        }
        return AstFormatter.format(new Program(NOWHERE, List.of(s))).strip();
    }

    /** {@code base}, or {@code base1}, {@code base2} ... whichever is not declared. */
    String freshName(String base) {
        String name = base;
        for (int i = 1; declarations.find(name).isPresent(); i++) {
            name = base + i;
        }
        return name;
    }

    /** The field names of every declared relation, for completion. */
    Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : declarations.names()) {
            schema(name).ifPresent(s -> s.fields().stream().map(Field::name).forEach(names::add));
        }
        return names;
    }
}
