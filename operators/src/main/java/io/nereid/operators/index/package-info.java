/**
 * Index structures that generated join and combine vertices build once their input is complete:
 * key-to-range layouts (CSR by counting sort) and key-to-slot dictionaries, each with a dense
 * form for keys in a compact range (node ids) and a hashed form for the rest.
 */
package io.nereid.operators.index;
