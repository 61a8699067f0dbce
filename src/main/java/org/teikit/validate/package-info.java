/**
 * Validation of TEI documents: which schemas apply (--schema, xml-model, the default), RELAX NG
 * through Jing, W3C XML Schema through Xerces, ISO Schematron (standalone or embedded in RELAX NG)
 * as XPath rule by rule on Saxon (a stylesheet, ours or SchXslt's, for what XPath alone cannot
 * run), and reference integrity. {@link org.teikit.validate.Validator} is the
 * entry point; each document is parsed once and its events feed every streaming check.
 */
package org.teikit.validate;
