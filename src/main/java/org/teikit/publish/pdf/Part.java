package org.teikit.publish.pdf;

import java.util.Map;

/**
 * Which part of a book one layout sets (the stylesheet's tk:part): the whole book, or one part of
 * an edition book that is set in parts and joined afterwards ({@link PartedBook}).
 *
 * @param kind "whole", "front", "document" or "index"
 * @param number the edition number of the document a "document" part prints (else 0)
 * @param firstPage the page number the part starts on ("document", "index")
 * @param partPages for "front": the first page (as printed) of each target in the other parts
 */
record Part(String kind, int number, int firstPage, Map<String, String> partPages) {
  static final Part WHOLE = new Part("whole", 0, 1, Map.of());

  static Part front(Map<String, String> partPages) {
    return new Part("front", 0, 1, Map.copyOf(partPages));
  }

  static Part document(int number, int firstPage) {
    return new Part("document", number, firstPage, Map.of());
  }

  static Part index(int firstPage) {
    return new Part("index", 0, firstPage, Map.of());
  }
}
