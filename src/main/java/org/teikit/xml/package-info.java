/**
 * The one place where XML parsers, resolvers and the Saxon processor are configured.
 *
 * <p>TL;DR: every parser made here refuses the network, never reads an external entity or DTD,
 * bounds entity expansion, and resolves through OASIS catalogs (teikit's bundled catalog first).
 * Nothing else in teikit creates a parser.
 */
package org.teikit.xml;
