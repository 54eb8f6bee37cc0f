package io.nereid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The six TPC-H queries computed by hand in plain Java over the {@code .tbl} files: hash maps and
 * loops, no SQL. It is the independent reference that DuckDB's answers are checked against, and
 * returns rows of the same shape and value types as {@link DuckDbResult}.
 */
final class DuckDbTpchReference {

    private static final LocalDate Q1_SHIP_LIMIT = LocalDate.of(1998, 12, 1).minusDays(90);
    private static final LocalDate Q3_DATE = LocalDate.of(1995, 3, 15);
    private static final LocalDate YEAR_1994 = LocalDate.of(1994, 1, 1);
    private static final LocalDate YEAR_1995 = LocalDate.of(1995, 1, 1);

    private final Path dir;

    DuckDbTpchReference(Path dir) {
        this.dir = dir;
    }

    /** Q1: per (return flag, line status) sums, averages and count of line items shipped by 1998-09-02. */
    List<List<Object>> q1() {
        Map<String, double[]> groups = new TreeMap<>(); // flag|status -> qty, base, disc price, charge, disc, count
        scan("lineitem", f -> {
            if (!date(f[10]).isAfter(Q1_SHIP_LIMIT)) {
                double qty = num(f[4]);
                double price = num(f[5]);
                double discount = num(f[6]);
                double tax = num(f[7]);
                double[] g = groups.computeIfAbsent(f[8] + "|" + f[9], k -> new double[6]);
                g[0] += qty;
                g[1] += price;
                g[2] += price * (1 - discount);
                g[3] += price * (1 - discount) * (1 + tax);
                g[4] += discount;
                g[5] += 1;
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, g) -> rows.add(List.of(key.substring(0, 1), key.substring(2), g[0], g[1], g[2], g[3],
                g[0] / g[5], g[1] / g[5], g[4] / g[5], (long) g[5])));
        return rows;
    }

    /** Q3: the ten BUILDING orders placed before and shipping after 1995-03-15 with the most revenue. */
    List<List<Object>> q3() {
        Set<Long> building = new HashSet<>();
        scan("customer", f -> {
            if (f[6].equals("BUILDING")) {
                building.add(Long.parseLong(f[0]));
            }
        });
        Map<Long, Object[]> orders = new HashMap<>(); // orderkey -> date, ship priority
        scan("orders", f -> {
            LocalDate date = date(f[4]);
            if (date.isBefore(Q3_DATE) && building.contains(Long.parseLong(f[1]))) {
                orders.put(Long.parseLong(f[0]), new Object[] {date, Long.parseLong(f[7])});
            }
        });
        Map<Long, Double> revenue = new HashMap<>();
        scan("lineitem", f -> {
            long order = Long.parseLong(f[0]);
            if (date(f[10]).isAfter(Q3_DATE) && orders.containsKey(order)) {
                revenue.merge(order, num(f[5]) * (1 - num(f[6])), Double::sum);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        revenue.forEach((order, sum) -> rows.add(List.of(order, sum, orders.get(order)[0], orders.get(order)[1])));
        rows.sort(Comparator.<List<Object>>comparingDouble(r -> -(Double) r.get(1))
                .thenComparing(r -> (LocalDate) r.get(2)));
        return rows.subList(0, Math.min(10, rows.size()));
    }

    /** Q5: revenue of 1994 orders of ASIA per nation, where customer and supplier share the nation. */
    List<List<Object>> q5() {
        Set<String> asia = new HashSet<>();
        scan("region", f -> {
            if (f[1].equals("ASIA")) {
                asia.add(f[0]);
            }
        });
        Map<Long, String> asianNations = new HashMap<>();
        scan("nation", f -> {
            if (asia.contains(f[2])) {
                asianNations.put(Long.parseLong(f[0]), f[1]);
            }
        });
        Map<Long, Long> customerNation = keyToLong("customer", 0, 3);
        Map<Long, Long> supplierNation = keyToLong("supplier", 0, 3);
        Map<Long, Long> orderNation = new HashMap<>();
        scan("orders", f -> {
            LocalDate date = date(f[4]);
            if (!date.isBefore(YEAR_1994) && date.isBefore(YEAR_1995)) {
                orderNation.put(Long.parseLong(f[0]), customerNation.get(Long.parseLong(f[1])));
            }
        });
        Map<String, Double> revenue = new HashMap<>();
        scan("lineitem", f -> {
            Long nation = orderNation.get(Long.parseLong(f[0]));
            if (nation != null && nation.equals(supplierNation.get(Long.parseLong(f[2])))
                    && asianNations.containsKey(nation)) {
                revenue.merge(asianNations.get(nation), num(f[5]) * (1 - num(f[6])), Double::sum);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        revenue.forEach((nation, sum) -> rows.add(List.of(nation, sum)));
        rows.sort(Comparator.comparingDouble(r -> -(Double) r.get(1)));
        return rows;
    }

    /** Q6: the revenue of 1994 line items with a discount of 5 to 7 % and fewer than 24 units. */
    List<List<Object>> q6() {
        double[] revenue = {0};
        scan("lineitem", f -> {
            LocalDate shipped = date(f[10]);
            double discount = num(f[6]);
            if (!shipped.isBefore(YEAR_1994) && shipped.isBefore(YEAR_1995) && discount >= 0.05 && discount <= 0.07
                    && num(f[4]) < 24) {
                revenue[0] += num(f[5]) * discount;
            }
        });
        return List.of(List.of(revenue[0]));
    }

    /** Q9: profit on parts whose name contains "green", per supplier nation and order year. */
    List<List<Object>> q9() {
        Set<Long> green = new HashSet<>();
        scan("part", f -> {
            if (f[1].contains("green")) {
                green.add(Long.parseLong(f[0]));
            }
        });
        Map<String, Double> supplyCost = new HashMap<>();
        scan("partsupp", f -> supplyCost.put(f[0] + "|" + f[1], num(f[3])));
        Map<Long, String> nationName = new HashMap<>();
        scan("nation", f -> nationName.put(Long.parseLong(f[0]), f[1]));
        Map<Long, Long> supplierNation = keyToLong("supplier", 0, 3);
        Map<Long, Long> orderYear = new HashMap<>();
        scan("orders", f -> orderYear.put(Long.parseLong(f[0]), (long) date(f[4]).getYear()));
        Map<String, Map<Long, Double>> profit = new TreeMap<>(); // nation -> year -> profit
        scan("lineitem", f -> {
            if (green.contains(Long.parseLong(f[1]))) {
                double amount = num(f[5]) * (1 - num(f[6])) - supplyCost.get(f[1] + "|" + f[2]) * num(f[4]);
                String nation = nationName.get(supplierNation.get(Long.parseLong(f[2])));
                profit.computeIfAbsent(nation, n -> new TreeMap<>(Comparator.reverseOrder()))
                        .merge(orderYear.get(Long.parseLong(f[0])), amount, Double::sum);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        profit.forEach((nation, years) -> years.forEach((year, sum) -> rows.add(List.of(nation, year, sum))));
        return rows;
    }

    /** Q18: the orders of more than 300 units with their customers, top 100 by total price. */
    List<List<Object>> q18() {
        Map<Long, Double> quantity = new HashMap<>();
        scan("lineitem", f -> quantity.merge(Long.parseLong(f[0]), num(f[4]), Double::sum));
        Map<Long, String> customerName = new HashMap<>();
        scan("customer", f -> customerName.put(Long.parseLong(f[0]), f[1]));
        List<List<Object>> rows = new ArrayList<>();
        scan("orders", f -> {
            long order = Long.parseLong(f[0]);
            double units = quantity.getOrDefault(order, 0.0);
            if (units > 300) {
                long customer = Long.parseLong(f[1]);
                rows.add(List.of(customerName.get(customer), customer, order, date(f[4]), num(f[3]), units));
            }
        });
        rows.sort(Comparator.<List<Object>>comparingDouble(r -> -(Double) r.get(4))
                .thenComparing(r -> (LocalDate) r.get(3)));
        return rows.subList(0, Math.min(100, rows.size()));
    }

    /** The reference answer of {@code query}. */
    List<List<Object>> answer(DuckDbQuery query) {
        return switch (query) {
            case Q1 -> q1();
            case Q3 -> q3();
            case Q5 -> q5();
            case Q6 -> q6();
            case Q9 -> q9();
            case Q18 -> q18();
        };
    }

    private Map<Long, Long> keyToLong(String table, int key, int value) {
        Map<Long, Long> map = new HashMap<>();
        scan(table, f -> map.put(Long.parseLong(f[key]), Long.parseLong(f[value])));
        return map;
    }

    /** Calls {@code row} with the fields of every line of {@code table.tbl}. */
    private void scan(String table, Consumer<String[]> row) {
        try (Stream<String> lines = Files.lines(dir.resolve(table + ".tbl"), StandardCharsets.US_ASCII)) {
            lines.forEach(line -> row.accept(line.split("\\|")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double num(String text) {
        return Double.parseDouble(text);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
