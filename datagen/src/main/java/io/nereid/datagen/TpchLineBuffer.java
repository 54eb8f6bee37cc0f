package io.nereid.datagen;

import io.airlift.tpch.Customer;
import io.airlift.tpch.GenerateUtils;
import io.airlift.tpch.LineItem;
import io.airlift.tpch.Nation;
import io.airlift.tpch.Order;
import io.airlift.tpch.Part;
import io.airlift.tpch.PartSupplier;
import io.airlift.tpch.Region;
import io.airlift.tpch.Supplier;
import io.airlift.tpch.TpchEntity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer that formats TPC-H rows as {@code .tbl} lines, byte for byte what
 * {@link TpchEntity#toLine()} returns plus a {@code \n}: fields separated by {@code |}, a
 * {@code |} after the last field, money with two decimals, dates as {@code yyyy-mm-dd}.
 *
 * <p>Formatting straight into bytes from the entities' primitive getters (cents, percents, day
 * numbers) is several times faster than {@code toLine()}, which builds strings with
 * {@code String.format} and {@code BigDecimal}. Text fields are ASCII in TPC-H.
 */
final class TpchLineBuffer {

    /**
     * Dates the generator can produce (days since 1970-01-01, from 1992-01-01 on), formatted once;
     * others fall back to the library.
     */
    private static final int DATE_BASE = GenerateUtils.toEpochDate(GenerateUtils.MIN_GENERATE_DATE);
    private static final byte[][] DATES = formattedDates();

    private byte[] bytes;
    private int size;

    TpchLineBuffer(int initialCapacity) {
        bytes = new byte[Math.max(256, initialCapacity)];
    }

    /** The bytes written so far; only the first {@link #size()} are valid. */
    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    /** Appends one row of any of the eight tables, ending in {@code |\n}. */
    void append(TpchEntity row) {
        ensure(1024);
        if (row instanceof LineItem l) {
            lineItem(l);
        } else if (row instanceof Order o) {
            order(o);
        } else if (row instanceof PartSupplier ps) {
            partSupplier(ps);
        } else if (row instanceof Part p) {
            part(p);
        } else if (row instanceof Customer c) {
            customer(c);
        } else if (row instanceof Supplier s) {
            supplier(s);
        } else if (row instanceof Nation n) {
            nation(n);
        } else if (row instanceof Region r) {
            region(r);
        } else {
            text(row.toLine());
        }
        bytes[size++] = '\n';
    }

    private void lineItem(LineItem l) {
        number(l.getOrderKey());
        number(l.getPartKey());
        number(l.getSupplierKey());
        number(l.getLineNumber());
        number(l.getQuantity());
        money(l.getExtendedPriceInCents());
        money(l.getDiscountPercent());
        money(l.getTaxPercent());
        field(l.getReturnFlag());
        field(l.getStatus());
        date(l.getShipDate());
        date(l.getCommitDate());
        date(l.getReceiptDate());
        field(l.getShipInstructions());
        field(l.getShipMode());
        field(l.getComment());
    }

    private void order(Order o) {
        number(o.getOrderKey());
        number(o.getCustomerKey());
        bytes[size++] = (byte) o.getOrderStatus();
        bytes[size++] = '|';
        money(o.getTotalPriceInCents());
        date(o.getOrderDate());
        field(o.getOrderPriority());
        field(o.getClerk());
        number(o.getShipPriority());
        field(o.getComment());
    }

    private void partSupplier(PartSupplier ps) {
        number(ps.getPartKey());
        number(ps.getSupplierKey());
        number(ps.getAvailableQuantity());
        money(ps.getSupplyCostInCents());
        field(ps.getComment());
    }

    private void part(Part p) {
        number(p.getPartKey());
        field(p.getName());
        field(p.getManufacturer());
        field(p.getBrand());
        field(p.getType());
        number(p.getSize());
        field(p.getContainer());
        money(p.getRetailPriceInCents());
        field(p.getComment());
    }

    private void customer(Customer c) {
        number(c.getCustomerKey());
        field(c.getName());
        field(c.getAddress());
        number(c.getNationKey());
        field(c.getPhone());
        money(c.getAccountBalanceInCents());
        field(c.getMarketSegment());
        field(c.getComment());
    }

    private void supplier(Supplier s) {
        number(s.getSupplierKey());
        field(s.getName());
        field(s.getAddress());
        number(s.getNationKey());
        field(s.getPhone());
        money(s.getAccountBalanceInCents());
        field(s.getComment());
    }

    private void nation(Nation n) {
        number(n.getNationKey());
        field(n.getName());
        number(n.getRegionKey());
        field(n.getComment());
    }

    private void region(Region r) {
        number(r.getRegionKey());
        field(r.getName());
        field(r.getComment());
    }

    /** A text field and its separator. */
    private void field(String s) {
        text(s);
        bytes[size++] = '|';
    }

    /** ASCII text without a separator; grows the buffer for long text. */
    private void text(String s) {
        int n = s.length();
        ensure(n + 256);
        byte[] b = bytes;
        int pos = size;
        for (int i = 0; i < n; i++) {
            b[pos++] = (byte) s.charAt(i);
        }
        size = pos;
    }

    /** A decimal integer and its separator. */
    private void number(long value) {
        size = EdgeCsvWriter.putLong(bytes, size, value);
        bytes[size++] = '|';
    }

    /** An amount in cents as {@code [-]units.cc} and its separator. */
    private void money(long cents) {
        long abs = Math.abs(cents);
        if (cents < 0) {
            bytes[size++] = '-';
        }
        size = EdgeCsvWriter.putLong(bytes, size, abs / 100);
        int rest = (int) (abs % 100);
        bytes[size++] = '.';
        bytes[size++] = (byte) ('0' + rest / 10);
        bytes[size++] = (byte) ('0' + rest % 10);
        bytes[size++] = '|';
    }

    /** A generator day number as {@code yyyy-mm-dd} and its separator. */
    private void date(int day) {
        int index = day - DATE_BASE;
        if (index >= 0 && index < DATES.length) {
            System.arraycopy(DATES[index], 0, bytes, size, 10);
            size += 10;
        } else {
            text(GenerateUtils.formatDate(day));
        }
        bytes[size++] = '|';
    }

    private void ensure(int free) {
        if (bytes.length - size < free) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + free));
        }
    }

    private static byte[][] formattedDates() {
        byte[][] dates = new byte[GenerateUtils.TOTAL_DATE_RANGE][];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = GenerateUtils.formatDate(DATE_BASE + i).getBytes(StandardCharsets.US_ASCII);
        }
        return dates;
    }
}
