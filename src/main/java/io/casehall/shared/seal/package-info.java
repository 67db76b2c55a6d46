/**
 * Sealed documents: bilingual PDFs carrying the university's seal and a PAdES digital signature, the
 * registry of what was issued, and the public page where anyone can check that a PDF is genuine.
 */
package io.casehall.shared.seal;
