/** The credit bank (P5) benchmark: a main class run by the {@code benchmark} Maven profile. */
package io.casehall.creditbank.bench;
