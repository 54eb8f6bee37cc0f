package io.nereid.datagen;

import io.airlift.tpch.TpchEntity;

/**
 * The eight tables of TPC-H, in the order {@link Tpch} writes them (small to large), each with
 * the name of its {@code .tbl} file and the size of its parts.
 *
 * <p>A table's rows are counted in <em>units</em> that the generator can split into parts: one
 * row for most tables, but one part (with its four suppliers) for {@code partsupp} and one order
 * (with its one to seven line items) for {@code lineitem}.
 */
public enum TpchTable {
    /** The 5 regions. */
    REGION("region", io.airlift.tpch.TpchTable.REGION, 0, 120),
    /** The 25 nations. */
    NATION("nation", io.airlift.tpch.TpchTable.NATION, 0, 110),
    /** 10,000 suppliers per scale factor unit. */
    SUPPLIER("supplier", io.airlift.tpch.TpchTable.SUPPLIER, 10_000, 160),
    /** 150,000 customers per scale factor unit. */
    CUSTOMER("customer", io.airlift.tpch.TpchTable.CUSTOMER, 150_000, 180),
    /** 200,000 parts per scale factor unit. */
    PART("part", io.airlift.tpch.TpchTable.PART, 200_000, 130),
    /** Four suppliers for every part: 800,000 rows per scale factor unit. */
    PARTSUPP("partsupp", io.airlift.tpch.TpchTable.PART_SUPPLIER, 200_000, 4 * 145),
    /** 1,500,000 orders per scale factor unit. */
    ORDERS("orders", io.airlift.tpch.TpchTable.ORDERS, 1_500_000, 112),
    /** One to seven line items per order, about 6,000,000 rows per scale factor unit. */
    LINEITEM("lineitem", io.airlift.tpch.TpchTable.LINE_ITEM, 1_500_000, 4 * 123);

    private final String tableName;
    private final io.airlift.tpch.TpchTable<?> generator;
    private final int unitsPerScaleFactor;
    private final int bytesPerUnit;

    TpchTable(String tableName, io.airlift.tpch.TpchTable<?> generator, int unitsPerScaleFactor, int bytesPerUnit) {
        this.tableName = tableName;
        this.generator = generator;
        this.unitsPerScaleFactor = unitsPerScaleFactor;
        this.bytesPerUnit = bytesPerUnit;
    }

    /** The table's name in the TPC-H schema, e.g. {@code lineitem}. */
    public String tableName() {
        return tableName;
    }

    /** The name of the table's file, e.g. {@code lineitem.tbl}. */
    public String fileName() {
        return tableName + ".tbl";
    }

    /**
     * The exact number of rows at scale factor {@code sf}, from the TPC-H formulas; -1 for
     * {@code lineitem}, whose size is random (about four rows per order).
     */
    public long rowCount(double sf) {
        return switch (this) {
            case REGION -> 5;
            case NATION -> 25;
            case PARTSUPP -> 4 * units(sf);
            case LINEITEM -> -1;
            default -> units(sf);
        };
    }

    /** The number of units (see the class comment) at scale factor {@code sf}. */
    long units(double sf) {
        return unitsPerScaleFactor == 0 ? rowCount(sf) : (long) (unitsPerScaleFactor * sf);
    }

    /** Roughly how many bytes the table's file takes at scale factor {@code sf}. */
    long estimatedBytes(double sf) {
        return units(sf) * bytesPerUnit;
    }

    /** Whether the generator can split the table into parts (the fixed tables cannot). */
    boolean splittable() {
        return unitsPerScaleFactor != 0;
    }

    /** The rows of part {@code part} (1-based) of {@code partCount}, in order. */
    @SuppressWarnings("unchecked")
    Iterable<TpchEntity> rows(double sf, int part, int partCount) {
        return (Iterable<TpchEntity>) generator.createGenerator(sf, part, partCount);
    }
}
