/** The engine side of the archive procedure: the thin delegates, the staff forms' task listener, and the case work and e-mails they call. */
package io.casehall.archive.process;
