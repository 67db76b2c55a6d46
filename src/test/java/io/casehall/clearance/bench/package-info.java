/** The graduation clearance benchmark (Maven profile {@code benchmark}): not part of the test suite. */
package io.casehall.clearance.bench;
