/**
 * The print edition: TEI → XSL-FO ({@code /xslt/fo/edition.xsl}) → PDF with Apache FOP, in one JVM.
 *
 * <p>TL;DR: {@link PdfRenderer} compiles the stylesheet once and shares the FOP factories of the
 * run ({@link FopFactories}), with the bundled DejaVu fonts ({@link FontSet}) and a resource
 * resolver that reads only those fonts, the user's {@code --fonts} folders and the editions' own
 * files ({@link LocalResources}). It gets the TEI trees from a {@link org.teikit.xml.DocumentTrees}
 * (parse once per run) and sets the books in parallel ({@link BookRenderer}). Before FOP sees a
 * document, {@link GlyphCheck} makes sure every character has a glyph, so a PDF never prints "#"
 * for a missing one. Output is deterministic: the creation date and the file ID come from the
 * input, not the clock. A manifest in the store beside the PDFs ({@link Manifest}) records the digest of each
 * book's inputs ({@link BookKeys}), so that the next run copies the unchanged ones ({@link Previous}).
 */
package org.teikit.publish.pdf;
