/** The web side of graduation clearance: plans, on-site processing, back office and statistics in the staff console, and the student's progress in the portal. */
package io.casehall.clearance.web;
