package io.nereid.compiler.ast;

import io.nereid.compiler.diag.SourceLocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Location-insensitive equality of AST trees: two trees are equivalent when they have the same
 * shape and the same names, operators and literal values, wherever they were written. Used by the
 * round-trip test (text → AST → formatted text → AST) and by anyone who compares rewritten trees.
 */
public final class AstEquivalence {
    private AstEquivalence() {
    }

    /** Whether two nodes are equal when every {@link SourceLocation} is ignored. */
    public static boolean equivalent(Node a, Node b) {
        return same(a, b);
    }

    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof SourceLocation) {
            return true;
        }
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Optional<?> oa) {
            Optional<?> ob = (Optional<?>) b;
            return oa.isPresent() == ob.isPresent() && (oa.isEmpty() || same(oa.get(), ob.get()));
        }
        if (a instanceof Record) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (!same(component(c, a), component(c, b))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }
}
