package io.nereid.compiler.codegen.props;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * How generated keys are spread: over {@code domain} values (small, so that duplicates abound),
 * and, when {@code skewed}, with one hot key holding most records. Relations meant to meet in a
 * join share one shape, so that their keys overlap.
 */
record Shape(int domain, boolean skewed) {
    /** The key most records of a skewed relation hold. */
    static final long HOT = 1;

    static Arbitrary<Shape> any() {
        return Combinators.combine(Arbitraries.of(1, 3, 12, 60), Arbitraries.of(false, true)).as(Shape::new);
    }

    /** Keys in {@code [0, domain)}; four in five are {@link #HOT} when skewed. */
    Arbitrary<Long> keys() {
        Arbitrary<Long> uniform = Arbitraries.longs().between(0, domain - 1);
        if (!skewed) {
            return uniform;
        }
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(HOT)), Tuple.of(1, uniform));
    }

    /** Int keys, as {@link #keys()}. */
    Arbitrary<Integer> intKeys() {
        return keys().map(Long::intValue);
    }

    /** String keys drawn from as many distinct words as the domain has values. */
    Arbitrary<String> words() {
        return keys().map(k -> k == HOT && skewed ? "hot" : "w" + k);
    }

    /**
     * Relations of these rows: up to 30 rows (two in five), up to 300 (two in five), or up to
     * 2000, any size equally likely (one in five). Empty relations come as edge cases.
     */
    static Arbitrary<List<Row>> relation(Arbitrary<Row> row) {
        return Arbitraries.frequencyOf(Tuple.of(2, row.list().ofMaxSize(30)), Tuple.of(2, row.list().ofMaxSize(300)),
                Tuple.of(1, row.list().ofMaxSize(2000).withSizeDistribution(RandomDistribution.uniform())));
    }

    /** Small longs, positive and negative. */
    static Arbitrary<Long> values() {
        return Arbitraries.longs().between(-1000, 1000);
    }

    /** Doubles with a fractional part, positive and negative. */
    static Arbitrary<Double> doubles() {
        return Arbitraries.doubles().between(-500, 500).ofScale(3);
    }
}
