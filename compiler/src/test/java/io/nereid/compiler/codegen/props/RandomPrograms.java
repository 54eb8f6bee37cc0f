package io.nereid.compiler.codegen.props;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Random NQ programs over two inputs {@code a} and {@code b} of schema {@code (k: long, v: long)}:
 * a chain of {@code let}s, each one operator (filter, re-key, map, join on one or two keys, a
 * filtered cross product, select-many, group on one or two keys, having, distinct, the set
 * operations, semi- and anti-join, top-k (also of a join), bounded loops and loops to fixpoint that read another
 * relation by a join, a concat, an anti-join or an aggregate, a loop inside a loop) applied to the inputs or to earlier lets,
 * every let an output. Each let is also evaluated here, in plain Java over lists of {@code long[]},
 * for the expected answer. A program is decoded from a list of small numbers, so that jqwik
 * shrinks a failing program by shrinking the list.
 */
final class RandomPrograms {
    private static final int OPS = 28;

    /** A decoded program: its NQ text and each let's rows as computed in Java. */
    record Program(String text, Map<String, List<long[]>> expected) {
    }

    private RandomPrograms() {
    }

    /** Decodes {@code choices} (four numbers per let) into a program and evaluates it on {@code a} and {@code b}. */
    static Program decode(List<Integer> choices, List<long[]> a, List<long[]> b) {
        StringBuilder text = new StringBuilder("input a : (k: long, v: long);\ninput b : (k: long, v: long);\n");
        Map<String, List<long[]>> env = new LinkedHashMap<>();
        env.put("a", a);
        env.put("b", b);
        List<String> names = new ArrayList<>(List.of("a", "b"));
        Map<String, List<long[]>> lets = new LinkedHashMap<>();
        for (int i = 0; i + 3 < choices.size(); i += 4) {
            String r = names.get(choices.get(i + 1) % names.size());
            String s = names.get(choices.get(i + 2) % names.size());
            int variant = choices.get(i + 3);
            String name = "t" + lets.size();
            String expr = expression(choices.get(i) % OPS, r, s, variant);
            List<long[]> rows = eval(choices.get(i) % OPS, env.get(r), env.get(s), variant);
            text.append("let ").append(name).append(" = ").append(expr).append(";\n");
            env.put(name, rows);
            lets.put(name, rows);
            names.add(name);
        }
        lets.keySet().forEach(n -> text.append("output ").append(n).append(";\n"));
        return new Program(text.toString(), lets);
    }

    private static final String[] FILTERS = {"x.v % 3L != 0L", "x.k < 3L", "x.v > 0L and x.k != 1L"};
    private static final String[] AGGREGATES = {"sum", "count", "min", "max"};

    private static String expression(int op, String r, String s, int variant) {
        return switch (op) {
            case 0 -> "from x in " + r + " where " + FILTERS[variant % 3] + " select x";
            case 1 -> "from x in " + r + " select (k: x.v % 5L, v: x.k)";
            case 2 -> "from x in " + r + " select (k: x.k, v: x.v * 2L + 1L)";
            case 3 -> "from x in " + r + " join y in " + s + " on x.k equals y.k select (k: x.k, v: x.v + y.v)";
            case 4 -> "from x in " + r + " join y in " + s + " on x.v equals y.k select (k: y.v, v: x.k)";
            case 5 -> "from x in " + r + " group x.v by x.k into g select (k: g.key, v: "
                    + AGGREGATES[variant % 4] + "(g))";
            case 6 -> "from x in " + r + " group x by x.v % 3L into g select (k: g.key, v: count(g))";
            case 7 -> r + ".distinct()";
            case 8 -> r + ".union(" + s + ")";
            case 9 -> r + ".concat(" + s + ")";
            case 10 -> r + ".intersect(" + s + ")";
            case 11 -> r + ".except(" + s + ")";
            case 12 -> "from x in " + r + " where not exists (from y in " + s + " where y.k == x.k select y) select x";
            case 13 -> "from x in " + r + " where exists (from y in " + s + " where y.v == x.v select y) select x";
            case 14 -> "from x in " + r + " orderby x.v descending, x.k select x take " + (variant % 5);
            case 15 -> "iterate r = " + r + " times " + (variant % 3) + " { "
                    + (variant % 2 == 0
                        ? "(from y in r join z in " + s + " on y.k equals z.k select (k: z.v % 4L, v: y.v + 1L)).distinct()"
                        : "from y in r join z in " + s + " on y.k equals z.k group y.v by z.v % 4L into g"
                                + " select (k: g.key, v: min(g) + 1L)")
                    + " }";
            case 16 -> "from x in " + r + " group x.v by (p: x.k, q: x.v % 2L) into g"
                    + " select (k: g.key.p * 10L + g.key.q, v: count(g))";
            case 17 -> "from x in " + r + " join y in " + s + " on (x.k, x.v) equals (y.k, y.v) select (k: x.k, v: y.v)";
            case 18 -> "iterate r = " + r + " until fixpoint { from x in r.concat(from y in r join z in " + s
                    + " on y.k equals z.k select (k: z.v, v: y.v)) group x.v by x.k into g select (k: g.key, v: min(g)) }";
            case 19 -> "from x in " + r + " from y in " + s + " where x.k < y.k select (k: x.k, v: y.v)";
            case 20 -> "from x in " + r + " from i in range(0L, x.k % 3L) select (k: x.k, v: i)";
            case 21 -> "from x in " + r + " group x.v by x.k into g having count(g) > 1 select (k: g.key, v: max(g))";
            case 22 -> "iterate r = " + r + " times " + (variant % 3) + " { (r.concat(from z in " + s
                    + " where z.v > 0L select (k: z.k, v: z.v + 1L))).distinct() }";
            case 23 -> "iterate r = " + r + " times " + (variant % 3) + " { from y in r where not exists (from z in " + s
                    + " where z.k == y.k select z) select (k: y.k + 1L, v: y.v) }";
            case 24 -> "iterate r = " + r + " times " + (variant % 3) + " { from y in r.concat(" + s
                    + ") group y.v by y.k % 4L into g select (k: g.key, v: max(g) - 1L) }";
            case 25 -> "iterate r = " + r + " until fixpoint { from x in r.concat(" + s
                    + ") where x.k < 6L group x.v by x.k + 1L into g select (k: g.key, v: min(g)) }";
            case 26 -> "iterate r = " + r + " times " + (variant % 2 + 1) + " { (iterate s = r times " + (variant % 3)
                    + " { (from y in s join z in " + s + " on y.k equals z.k select (k: z.v % 4L, v: y.v + 1L)).distinct() })"
                    + ".union(from q in r where q.v > 0L select q) }";
            case 27 -> "from x in " + r + " join y in " + s + " on x.k equals y.k orderby y.v descending, x.k, x.v"
                    + " select (k: x.k, v: y.v) take " + (variant % 6);
            default -> throw new IllegalArgumentException("op " + op);
        };
    }

    private static List<long[]> eval(int op, List<long[]> r, List<long[]> s, int variant) {
        List<long[]> out = new ArrayList<>();
        switch (op) {
            case 0 -> r.forEach(x -> {
                boolean keep = switch (variant % 3) {
                    case 0 -> x[1] % 3 != 0;
                    case 1 -> x[0] < 3;
                    default -> x[1] > 0 && x[0] != 1;
                };
                if (keep) {
                    out.add(x);
                }
            });
            case 1 -> r.forEach(x -> out.add(new long[] {x[1] % 5, x[0]}));
            case 2 -> r.forEach(x -> out.add(new long[] {x[0], x[1] * 2 + 1}));
            case 3 -> r.forEach(x -> s.forEach(y -> {
                if (x[0] == y[0]) {
                    out.add(new long[] {x[0], x[1] + y[1]});
                }
            }));
            case 4 -> r.forEach(x -> s.forEach(y -> {
                if (x[1] == y[0]) {
                    out.add(new long[] {y[1], x[0]});
                }
            }));
            case 5 -> {
                BinaryOperator<Long> fold = switch (variant % 4) {
                    case 0 -> Long::sum;
                    case 1 -> (p, q) -> p + 1;
                    case 2 -> Math::min;
                    default -> Math::max;
                };
                Map<Long, Long> groups = new LinkedHashMap<>();
                r.forEach(x -> groups.merge(x[0], variant % 4 == 1 ? 1L : x[1], fold));
                groups.forEach((k, v) -> out.add(new long[] {k, v}));
            }
            case 6 -> {
                Map<Long, Long> groups = new LinkedHashMap<>();
                r.forEach(x -> groups.merge(x[1] % 3, 1L, Long::sum));
                groups.forEach((k, v) -> out.add(new long[] {k, v}));
            }
            case 7 -> out.addAll(unpack(pack(r)));
            case 8 -> {
                Set<List<Long>> u = pack(r);
                u.addAll(pack(s));
                out.addAll(unpack(u));
            }
            case 9 -> {
                out.addAll(r);
                out.addAll(s);
            }
            case 10 -> {
                Set<List<Long>> i = pack(r);
                i.retainAll(pack(s));
                out.addAll(unpack(i));
            }
            case 11 -> {
                Set<List<Long>> e = pack(r);
                e.removeAll(pack(s));
                out.addAll(unpack(e));
            }
            case 12, 13 -> {
                Set<Long> keys = new HashSet<>();
                s.forEach(y -> keys.add(op == 12 ? y[0] : y[1]));
                r.forEach(x -> {
                    if (keys.contains(op == 12 ? x[0] : x[1]) == (op == 13)) {
                        out.add(x);
                    }
                });
            }
            case 14 -> {
                List<long[]> sorted = new ArrayList<>(r);
                sorted.sort(Comparator.<long[]>comparingLong(x -> -x[1]).thenComparingLong(x -> x[0]));
                out.addAll(sorted.subList(0, Math.min(variant % 5, sorted.size())));
            }
            case 15 -> {
                List<long[]> cur = r;
                for (int round = 0; round < variant % 3; round++) {
                    List<long[]> next = new ArrayList<>();
                    Map<Long, Long> min = new LinkedHashMap<>();
                    for (long[] y : cur) {
                        for (long[] z : s) {
                            if (y[0] == z[0]) {
                                if (variant % 2 == 0) {
                                    next.add(new long[] {z[1] % 4, y[1] + 1});
                                } else {
                                    min.merge(z[1] % 4, y[1], Math::min);
                                }
                            }
                        }
                    }
                    min.forEach((k, v) -> next.add(new long[] {k, v + 1}));
                    cur = variant % 2 == 0 ? unpack(pack(next)) : next;
                }
                out.addAll(cur);
            }
            case 16 -> {
                Map<List<Long>, Long> groups = new LinkedHashMap<>();
                r.forEach(x -> groups.merge(List.of(x[0], x[1] % 2), 1L, Long::sum));
                groups.forEach((k, n) -> out.add(new long[] {k.get(0) * 10 + k.get(1), n}));
            }
            case 17 -> r.forEach(x -> s.forEach(y -> {
                if (x[0] == y[0] && x[1] == y[1]) {
                    out.add(new long[] {x[0], y[1]});
                }
            }));
            case 18 -> {
                List<long[]> cur = r;
                while (true) {
                    Map<Long, Long> min = new LinkedHashMap<>();
                    cur.forEach(x -> min.merge(x[0], x[1], Math::min));
                    for (long[] y : cur) {
                        for (long[] z : s) {
                            if (y[0] == z[0]) {
                                min.merge(z[1], y[1], Math::min);
                            }
                        }
                    }
                    List<long[]> next = new ArrayList<>();
                    min.forEach((k, v) -> next.add(new long[] {k, v}));
                    if (sameBag(cur, next)) {
                        break;
                    }
                    cur = next;
                }
                out.addAll(cur);
            }
            case 19 -> r.forEach(x -> s.forEach(y -> {
                if (x[0] < y[0]) {
                    out.add(new long[] {x[0], y[1]});
                }
            }));
            case 20 -> r.forEach(x -> {
                for (long i = 0; i < x[0] % 3; i++) {
                    out.add(new long[] {x[0], i});
                }
            });
            case 21 -> {
                Map<Long, long[]> groups = new LinkedHashMap<>();
                r.forEach(x -> groups.merge(x[0], new long[] {1, x[1]}, (p, q) -> new long[] {p[0] + 1, Math.max(p[1], q[1])}));
                groups.forEach((k, e) -> {
                    if (e[0] > 1) {
                        out.add(new long[] {k, e[1]});
                    }
                });
            }
            case 22, 23, 24 -> {
                List<long[]> cur = r;
                for (int round = 0; round < variant % 3; round++) {
                    List<long[]> next = new ArrayList<>();
                    if (op == 22) {
                        next.addAll(cur);
                        s.forEach(z -> {
                            if (z[1] > 0) {
                                next.add(new long[] {z[0], z[1] + 1});
                            }
                        });
                        cur = unpack(pack(next));
                    } else if (op == 23) {
                        Set<Long> keys = new HashSet<>();
                        s.forEach(z -> keys.add(z[0]));
                        cur.forEach(y -> {
                            if (!keys.contains(y[0])) {
                                next.add(new long[] {y[0] + 1, y[1]});
                            }
                        });
                        cur = next;
                    } else {
                        Map<Long, Long> max = new LinkedHashMap<>();
                        cur.forEach(y -> max.merge(y[0] % 4, y[1], Math::max));
                        s.forEach(y -> max.merge(y[0] % 4, y[1], Math::max));
                        max.forEach((k, v) -> next.add(new long[] {k, v - 1}));
                        cur = next;
                    }
                }
                out.addAll(cur);
            }
            case 25 -> {
                List<long[]> cur = r;
                while (true) {
                    Map<Long, Long> min = new LinkedHashMap<>();
                    cur.forEach(x -> {
                        if (x[0] < 6) {
                            min.merge(x[0] + 1, x[1], Math::min);
                        }
                    });
                    s.forEach(x -> {
                        if (x[0] < 6) {
                            min.merge(x[0] + 1, x[1], Math::min);
                        }
                    });
                    List<long[]> next = new ArrayList<>();
                    min.forEach((k, v) -> next.add(new long[] {k, v}));
                    if (sameBag(cur, next)) {
                        break;
                    }
                    cur = next;
                }
                out.addAll(cur);
            }
            case 26 -> {
                List<long[]> cur = r;
                for (int outer = 0; outer < variant % 2 + 1; outer++) {
                    List<long[]> inner = cur;
                    for (int round = 0; round < variant % 3; round++) {
                        List<long[]> next = new ArrayList<>();
                        for (long[] y : inner) {
                            for (long[] z : s) {
                                if (y[0] == z[0]) {
                                    next.add(new long[] {z[1] % 4, y[1] + 1});
                                }
                            }
                        }
                        inner = unpack(pack(next));
                    }
                    Set<List<Long>> union = pack(inner);
                    cur.forEach(q -> {
                        if (q[1] > 0) {
                            union.add(List.of(q[0], q[1]));
                        }
                    });
                    cur = unpack(union);
                }
                out.addAll(cur);
            }
            case 27 -> {
                List<long[]> joined = new ArrayList<>(); // (x.k, x.v, y.v)
                r.forEach(x -> s.forEach(y -> {
                    if (x[0] == y[0]) {
                        joined.add(new long[] {x[0], x[1], y[1]});
                    }
                }));
                joined.sort(Comparator.<long[]>comparingLong(j -> -j[2]).thenComparingLong(j -> j[0])
                        .thenComparingLong(j -> j[1]));
                joined.subList(0, Math.min(variant % 6, joined.size())).forEach(j -> out.add(new long[] {j[0], j[2]}));
            }
            default -> throw new IllegalArgumentException("op " + op);
        }
        return out;
    }

    private static boolean sameBag(List<long[]> x, List<long[]> y) {
        Map<List<Long>, Integer> counts = new LinkedHashMap<>();
        x.forEach(r -> counts.merge(List.of(r[0], r[1]), 1, Integer::sum));
        y.forEach(r -> counts.merge(List.of(r[0], r[1]), -1, Integer::sum));
        return counts.values().stream().allMatch(n -> n == 0);
    }

    private static Set<List<Long>> pack(List<long[]> rows) {
        Set<List<Long>> set = new LinkedHashSet<>();
        rows.forEach(x -> set.add(List.of(x[0], x[1])));
        return set;
    }

    private static List<long[]> unpack(Set<List<Long>> set) {
        return set.stream().map(x -> new long[] {x.get(0), x.get(1)}).toList();
    }
}
