/**
 * The print edition: TEI → XSL-FO ({@code /xslt/fo/edition.xsl}) → PDF with Apache FOP, in one JVM.
 *
 * <p>TL;DR: {@link PdfRenderer} compiles the stylesheet and builds one FOP factory per run, with
 * the bundled DejaVu fonts ({@link FontSet}) and a resource resolver that reads only those fonts,
 * the user's {@code --fonts} folders and the edition's own files ({@link LocalResources}). Before
 * FOP sees a document, {@link GlyphCheck} makes sure every character has a glyph, so a PDF never
 * prints "#" for a missing one. Output is deterministic: the creation date and the file ID come
 * from the input, not the clock.
 */
package org.teikit.publish.pdf;
