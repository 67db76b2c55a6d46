/** New archive applications: the prefilled form, its server-side checks, the applicant's identity from real-name verification, and the submission that starts the case. */
package io.casehall.archive.submission;
