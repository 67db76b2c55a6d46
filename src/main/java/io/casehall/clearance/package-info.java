/**
 * Graduation clearance (P3): clearance plans of students imported from Excel, one {@code graduationClearance}
 * process instance per student with one user task per checkpoint, on-site processing (single, batch, Excel
 * import), counters, back-office grid and export, and the student's own progress.
 */
package io.casehall.clearance;
