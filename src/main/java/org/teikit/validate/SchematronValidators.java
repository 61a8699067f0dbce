package org.teikit.validate;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;

/** Where a Schematron schema's compiled validator for a given document comes from. */
interface SchematronValidators {
  /**
   * The validator to run on {@code document}.
   *
   * @throws SaxonApiException when the rules it needs do not compile
   */
  XsltExecutable forDocument(XdmNode document) throws SaxonApiException;

  /** The same validator for every document. */
  static SchematronValidators fixed(XsltExecutable executable) {
    return document -> executable;
  }
}
