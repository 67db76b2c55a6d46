/** New and modified applications of the archive office: the prefilled form, uploads, server-side checks, submission. */
package io.casehall.deposit.submission;
