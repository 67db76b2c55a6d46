/**
 * What every benchmark shares: the database it runs on (a fresh H2 file or an embedded PostgreSQL), the
 * application started as the benchmarks run it, and the table of figures appended to {@code docs/benchmarks.md}.
 */
package io.casehall.bench;
