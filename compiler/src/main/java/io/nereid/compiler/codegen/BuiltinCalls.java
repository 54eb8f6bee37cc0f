package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.types.ScalarKind;
import java.util.List;
import java.util.Locale;

/** Java code for the calls of NQ built-in scalar functions (on non-null values). */
final class BuiltinCalls {
    private BuiltinCalls() {
    }

    static CodeBlock generate(Call c, List<CodeBlock> a) {
        ScalarKind kind = c.type().kind();
        return switch (c.function()) {
            case LENGTH -> CodeBlock.of("$L.length()", a.get(0));
            case LOWER -> CodeBlock.of("$L.toLowerCase($T.ROOT)", a.get(0), Locale.class);
            case UPPER -> CodeBlock.of("$L.toUpperCase($T.ROOT)", a.get(0), Locale.class);
            case TRIM -> CodeBlock.of("$L.trim()", a.get(0));
            case SUBSTRING -> CodeBlock.of("$T.substring($L)", RuntimeNames.FUNCTIONS, CodeBlock.join(a, ", "));
            case CONTAINS -> CodeBlock.of("$L.contains($L)", a.get(0), a.get(1));
            case STARTS_WITH -> CodeBlock.of("$L.startsWith($L)", a.get(0), a.get(1));
            case ENDS_WITH -> CodeBlock.of("$L.endsWith($L)", a.get(0), a.get(1));
            case INDEX_OF -> CodeBlock.of("$L.indexOf($L)", a.get(0), a.get(1));
            case REPLACE -> CodeBlock.of("$L.replace($L, $L)", a.get(0), a.get(1), a.get(2));
            case CONCAT -> CodeBlock.of("($L)", CodeBlock.join(a, " + "));
            case YEAR -> CodeBlock.of("$T.year($L)", RuntimeNames.FUNCTIONS, a.get(0));
            case MONTH -> CodeBlock.of("$T.month($L)", RuntimeNames.FUNCTIONS, a.get(0));
            case DAY -> CodeBlock.of("$T.dayOfMonth($L)", RuntimeNames.FUNCTIONS, a.get(0));
            case ADD_DAYS -> CodeBlock.of("($L + $L)", a.get(0), a.get(1));
            case ADD_MONTHS -> CodeBlock.of("$T.addMonths($L, $L)", RuntimeNames.FUNCTIONS, a.get(0), a.get(1));
            case ADD_YEARS -> CodeBlock.of("$T.addYears($L, $L)", RuntimeNames.FUNCTIONS, a.get(0), a.get(1));
            case DAYS_BETWEEN -> CodeBlock.of("$T.daysBetween($L, $L)", RuntimeNames.FUNCTIONS, a.get(0), a.get(1));
            case TO_DATE -> CodeBlock.of("$T.toDate($L)", RuntimeNames.FUNCTIONS, a.get(0));
            case ABS -> CodeBlock.of("$T.abs($L)", Math.class, a.get(0));
            case SQRT -> CodeBlock.of("$T.sqrt($L)", Math.class, a.get(0));
            case LN -> CodeBlock.of("$T.log($L)", Math.class, a.get(0));
            case EXP -> CodeBlock.of("$T.exp($L)", Math.class, a.get(0));
            case POW -> CodeBlock.of("$T.pow($L, $L)", Math.class, a.get(0), a.get(1));
            case FLOOR -> CodeBlock.of("$T.floor($L)", Math.class, a.get(0));
            case CEIL -> CodeBlock.of("$T.ceil($L)", Math.class, a.get(0));
            case ROUND -> a.size() == 1 ? CodeBlock.of("$T.round($L)", Math.class, a.get(0))
                    : CodeBlock.of("$T.round($L, $L)", RuntimeNames.FUNCTIONS, a.get(0), a.get(1));
            case COALESCE -> a.get(0); // arguments are never null in generated code yet
            case GREATEST, LEAST -> extreme(c, kind, a);
        };
    }

    private static CodeBlock extreme(Call c, ScalarKind kind, List<CodeBlock> a) {
        boolean greatest = c.function().name().equals("GREATEST");
        CodeBlock acc = a.get(0);
        for (CodeBlock next : a.subList(1, a.size())) {
            if (kind == ScalarKind.STRING) {
                acc = CodeBlock.of("$T.$L($L, $L)", RuntimeNames.FUNCTIONS, greatest ? "greatest" : "least", acc, next);
            } else {
                acc = CodeBlock.of("$T.$L($L, $L)", Math.class, greatest ? "max" : "min", acc, next);
            }
        }
        return acc;
    }
}
