package io.nereid.compiler.codegen.props;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * How generated keys are spread: over {@code domain} values (small, so that duplicates abound),
 * and, when {@code skewed}, with one hot key holding most records. With {@code extreme}, the
 * values are the edges of the long range and large numbers of both signs instead of
 * {@code 0..domain-1}, and words are unusual strings (empty, accented, CJK, emoji, quotes,
 * separators, line breaks). Relations meant to meet in a join share one shape, so that their
 * keys overlap.
 */
record Shape(int domain, boolean skewed, boolean extreme) {
    /** The key index most records of a skewed relation hold. */
    static final long HOT = 1;

    private static final long[] EDGES = {0, Long.MIN_VALUE, -1, Long.MAX_VALUE, 1L << 32, -(1L << 31), Long.MIN_VALUE + 1};
    private static final String[] WORDS = {"", "é", "日本語", "😀x", "a,b", "\"q\"", "line\nbreak", "tab\t", "W", "w"};

    static Arbitrary<Shape> any() {
        return Combinators.combine(Arbitraries.of(1, 3, 12, 60), Arbitraries.of(false, true),
                Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true))).as(Shape::new);
    }

    /** Keys of {@code domain} distinct values; four in five are the one of index {@link #HOT} when skewed. */
    Arbitrary<Long> keys() {
        Arbitrary<Long> uniform = Arbitraries.longs().between(0, domain - 1);
        Arbitrary<Long> index = skewed ? Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(HOT)), Tuple.of(1, uniform))
                : uniform;
        if (!extreme) {
            return index;
        }
        return index.map(i -> i < EDGES.length ? EDGES[i.intValue()] : i * 0x9E3779B97F4A7C15L);
    }

    /** Int keys, as {@link #keys()}. */
    Arbitrary<Integer> intKeys() {
        return keys().map(Long::intValue);
    }

    /** String keys drawn from as many distinct words as the domain has values. */
    Arbitrary<String> words() {
        if (!extreme) {
            return keys().map(k -> "w" + k);
        }
        Arbitrary<Long> uniform = Arbitraries.longs().between(0, domain - 1);
        Arbitrary<Long> index = skewed ? Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(HOT)), Tuple.of(1, uniform))
                : uniform;
        return index.map(i -> WORDS[(int) (i % WORDS.length)] + (i < WORDS.length ? "" : "#" + i));
    }

    /**
     * Relations of these rows: up to 30 rows (two in five), up to 300 (two in five), or up to
     * 2000, any size equally likely (one in five). Empty relations come as edge cases.
     */
    static Arbitrary<List<Row>> relation(Arbitrary<Row> row) {
        return Arbitraries.frequencyOf(Tuple.of(2, row.list().ofMaxSize(30)), Tuple.of(2, row.list().ofMaxSize(300)),
                Tuple.of(1, row.list().ofMaxSize(2000).withSizeDistribution(RandomDistribution.uniform())));
    }

    /** Relations larger than one batch of an input (4096 rows), so that every operator sees several. */
    static Arbitrary<List<Row>> large(Arbitrary<Row> row) {
        return row.list().ofMinSize(4100).ofMaxSize(6000);
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
