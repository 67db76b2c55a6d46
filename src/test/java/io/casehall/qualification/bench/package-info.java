/** The qualification review (P4) benchmark: a main class run by the {@code benchmark} Maven profile. */
package io.casehall.qualification.bench;
