/**
 * The one place where XML parsers, resolvers and the Saxon processor are configured.
 *
 * <p>TL;DR: every parser made here refuses the network, never reads an external entity or DTD
 * (naming an external DTD is an error), bounds entity expansion in count and in bytes of text, and
 * resolves through OASIS catalogs (teikit's bundled catalog first). What any document, schema or
 * stylesheet names is read only if {@link org.teikit.xml.ResourcePolicy} lets it through: a local
 * file inside the folders given, or teikit's own resource; {@link org.teikit.xml.InputLimits}
 * bounds how much one document may make teikit read. Nothing else in teikit creates a parser.
 */
package org.teikit.xml;
