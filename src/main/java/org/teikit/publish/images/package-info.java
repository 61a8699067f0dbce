/**
 * Images an edition's documents name: figures and page images. TL;DR: {@link
 * org.teikit.publish.images.ImageLocation} decides, once for the web and the print edition, what a
 * {@code url} points to (a file inside the document's folder, a missing one, one refused because
 * it leads out of the folder, or a remote address never fetched); {@link
 * org.teikit.publish.images.ImageReferences} finds the references in a document with their
 * positions and reports the missing and refused ones; {@link
 * org.teikit.publish.images.WebImages} copies the found ones into a site (TIFF converted to PNG).
 */
package org.teikit.publish.images;
