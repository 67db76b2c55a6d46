/** Clearance plans: looking them up, creating and listing them, importing their students and checkpoint results from Excel, and launching them (one process instance per student). */
package io.casehall.clearance.plan;
