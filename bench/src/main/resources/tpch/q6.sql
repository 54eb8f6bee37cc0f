-- TPC-H Q6, forecasting revenue change. Parameters: DATE = 1994-01-01, DISCOUNT = 0.06,
-- QUANTITY = 24. The discount range 0.06 - 0.01 .. 0.06 + 0.01 is written out as 0.05 .. 0.07:
-- over DOUBLE columns that is what is meant (0.06 + 0.01 is not 0.07 in binary floating point).
SELECT
    sum(l_extendedprice * l_discount) AS revenue
FROM lineitem
WHERE l_shipdate >= DATE '1994-01-01'
  AND l_shipdate < DATE '1994-01-01' + INTERVAL 1 YEAR
  AND l_discount BETWEEN 0.05 AND 0.07
  AND l_quantity < 24
