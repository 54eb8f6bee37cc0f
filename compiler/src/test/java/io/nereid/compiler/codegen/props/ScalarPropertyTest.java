package io.nereid.compiler.codegen.props;

import static io.nereid.compiler.codegen.props.Bags.assertSameBag;

import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scalar expressions of a select, computed by generated code, against Java: string, date
 * and math functions, greatest/least of every orderable type (doubles as {@link Double#compare}
 * orders them: NaN after everything), if and case, casts, and integer arithmetic with negative
 * operands and overflow.
 */
class ScalarPropertyTest {
    static final String PROGRAM = """
            input r : (s: string, t: date, d: double, e: double, l: long, i: int, b: bool, c: bool);
            let strings = from x in r select (n: length(x.s), lo: lower(x.s), up: upper(x.s), tr: trim(x.s),
                            sub: substring(x.s, x.i, 2), tail: substring(x.s, x.i), has: contains(x.s, "a"),
                            sw: starts_with(x.s, "A"), ew: ends_with(x.s, " "), at: index_of(x.s, "b"),
                            rep: replace(x.s, "a", "<>"), cat: concat(x.s, "|", lower(x.s)));
            let dates = from x in r select (y: year(x.t), m: month(x.t), dd: day(x.t), plus: add_days(x.t, x.i),
                          months: add_months(x.t, x.i), years: add_years(x.t, x.i),
                          between: days_between(x.t, date "2024-02-29"));
            let maths = from x in r select (a: abs(x.l), ad: abs(x.d), fl: floor(x.d), ce: ceil(x.d), ro: round(x.d),
                          ro2: round(x.d, 1), q: x.l / 3L, m: x.l % 3L, w: x.i * 1000000 * 1000, sq: sqrt(abs(x.d)));
            let extremes = from x in r select (gd: greatest(x.d, x.e), ld: least(x.d, x.e), gl: greatest(x.l, 0L, x.l * -1L),
                             ll: least(x.l, cast(x.i as long)), gs: greatest(x.s, "b"), lt: least(x.t, date "2024-03-01"),
                             gb: greatest(x.b, x.c), lb: least(x.b, x.c));
            let choices = from x in r select (sign: if x.l > 0L then 1 else if x.l < 0L then -1 else 0,
                            size: case when x.d < 0.0 then "neg" when x.d < 1.0 then "small" else "big" end,
                            asLong: cast(x.d as long), asText: cast(x.i as string), both: x.b and not x.c or x.d > 1.0);
            output strings;
            output dates;
            output maths;
            output extremes;
            output choices;
            """;
    private static final Programs.Compiled P = Programs.compile("scalars", PROGRAM);
    private static final int DAY0 = (int) LocalDate.of(2024, 1, 31).toEpochDay();

    @Provide
    Arbitrary<List<Row>> relation() {
        Arbitrary<String> s = Arbitraries.of("", "a", "Ab", " ba ", "aXa", "ÉtÉ", "b", "bab ", "A");
        Arbitrary<Integer> t = Arbitraries.integers().between(-400, 400).map(n -> DAY0 + n);
        Arbitrary<Double> d = Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, Double.NaN, 2.5, -2.5, 0.05, -1.25),
                Arbitraries.doubles().between(-100, 100).ofScale(2));
        Arbitrary<Long> l = Arbitraries.oneOf(Arbitraries.longs().between(-10, 10),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE));
        Arbitrary<Integer> i = Arbitraries.integers().between(-3, 14);
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        return Shape.relation(Combinators.combine(s, t, d, d, l, i, b, b).as((v1, v2, v3, v4, v5, v6, v7, v8) ->
                Row.of(v1, v2, v3, v4, v5, v6, v7, v8)));
    }

    private static String substring(String s, int start, int length) {
        int from = Math.max(0, Math.min(start, s.length()));
        return s.substring(from, (int) Math.min(s.length(), (long) from + Math.max(0, length)));
    }

    private static double greatest(double a, double b) {
        return Double.compare(a, b) >= 0 ? a : b;
    }

    private static double least(double a, double b) {
        return Double.compare(a, b) <= 0 ? a : b;
    }

    @Property(tries = 25)
    void scalarFunctionsMatchJava(@ForAll("relation") List<Row> r) {
        List<Object[]> strings = new ArrayList<>();
        List<Object[]> dates = new ArrayList<>();
        List<Object[]> maths = new ArrayList<>();
        List<Object[]> extremes = new ArrayList<>();
        List<Object[]> choices = new ArrayList<>();
        LocalDate leap = LocalDate.of(2024, 2, 29);
        for (Row x : r) {
            String s = x.s(0);
            LocalDate t = LocalDate.ofEpochDay(x.i(1));
            double d = x.d(2);
            double e = x.d(3);
            long l = x.l(4);
            int i = x.i(5);
            boolean b = (Boolean) x.get(6);
            boolean c = (Boolean) x.get(7);
            strings.add(new Object[] {s.length(), s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT), s.trim(),
                    substring(s, i, 2), substring(s, i, Integer.MAX_VALUE), s.contains("a"), s.startsWith("A"),
                    s.endsWith(" "), s.indexOf("b"), s.replace("a", "<>"), s + "|" + s.toLowerCase(Locale.ROOT)});
            dates.add(new Object[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), (int) t.plusDays(i).toEpochDay(),
                    (int) t.plusMonths(i).toEpochDay(), (int) t.plusYears(i).toEpochDay(),
                    (int) ChronoUnit.DAYS.between(t, leap)});
            maths.add(new Object[] {Math.abs(l), Math.abs(d), Math.floor(d), Math.ceil(d), Math.round(d),
                    Math.round(d * 10) / 10.0, l / 3, l % 3, i * 1000000 * 1000, Math.sqrt(Math.abs(d))});
            long gl = Math.max(Math.max(l, 0L), l * -1L);
            extremes.add(new Object[] {greatest(d, e), least(d, e), gl, Math.min(l, (long) i),
                    s.compareTo("b") >= 0 ? s : "b", Math.min(x.i(1), (int) LocalDate.of(2024, 3, 1).toEpochDay()),
                    b || c, b && c});
            // comparisons of doubles follow Double.compare: -0.0 < 0.0, NaN > everything
            choices.add(new Object[] {l > 0 ? 1 : l < 0 ? -1 : 0,
                    Double.compare(d, 0.0) < 0 ? "neg" : Double.compare(d, 1.0) < 0 ? "small" : "big",
                    (long) d, String.valueOf(i), b && !c || Double.compare(d, 1.0) > 0});
        }
        for (Config c : Programs.CONFIGS) {
            Results res = Programs.run(P, c, Map.of("r", Row.arrays(r)));
            String w = " (" + c.workers() + " workers)";
            assertSameBag("strings" + w, Programs.rows(res, "strings"), strings);
            assertSameBag("dates" + w, Programs.rows(res, "dates"), dates);
            assertSameBag("maths" + w, Programs.rows(res, "maths"), maths);
            assertSameBag("extremes" + w, Programs.rows(res, "extremes"), extremes);
            assertSameBag("choices" + w, Programs.rows(res, "choices"), choices);
        }
    }
}
