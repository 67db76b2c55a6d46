/** The content of each produced document as data lines: first drafts, the staff editor's save, readiness checks and the bilingual layout sealed PDFs are rendered from. */
package io.casehall.archive.content;
