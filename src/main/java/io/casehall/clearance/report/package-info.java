/** The read side of clearance: queries of the projection and the reports built on them (counters, statistics, the back-office grid and its export, a student's own progress). */
package io.casehall.clearance.report;
