package org.teikit.publish.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Same input, same bytes. FOP derives the trailer's file identifier from the clock; this replaces
 * it, in place and at the same length (so the cross-reference offsets stay valid), with a digest
 * of the rest of the file and its name. Candidates are found with indexOf and only then matched:
 * a regular expression run over a book of megabytes costs a tenth of a second.
 */
final class Reproducible {
  private static final Pattern FILE_ID =
      Pattern.compile("/ID \\[<([0-9A-Fa-f]{32})> <([0-9A-Fa-f]{32})>\\]");

  /** XMP dates FOP takes from the clock; set to the creation date (same length, same offsets). */
  private static final Pattern CREATED = Pattern.compile("<xmp:CreateDate>([^<]*)</xmp:CreateDate>");
  private static final Pattern CLOCK_DATES =
      Pattern.compile("<(xmp:MetadataDate|xmp:ModifyDate)>([^<]*)</(?:xmp:MetadataDate|xmp:ModifyDate)>");

  private Reproducible() {}

  /** Both fixes: clock dates in the XMP metadata, then the file identifier. */
  static byte[] fix(byte[] pdf, String name) {
    return fixFileId(fixClockDates(pdf), name);
  }

  /**
   * {@link #fixClockDates} for FOP's intermediate format, whose XMP stands in the document header:
   * only the start of the file is searched (a part may be tens of megabytes).
   */
  static byte[] fixHeaderClockDates(byte[] intermediate) {
    int header = Math.min(intermediate.length, 1 << 16);
    byte[] fixed = fixClockDates(Arrays.copyOf(intermediate, header));
    if (fixed.length == intermediate.length) {
      return fixed;
    }
    byte[] whole = intermediate.clone();
    System.arraycopy(fixed, 0, whole, 0, header);
    return whole;
  }

  static byte[] fixClockDates(byte[] pdf) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    List<Matcher> created = matches(latin, "<xmp:CreateDate>", CREATED);
    if (created.isEmpty()) {
      return pdf;
    }
    String date = created.get(0).group(1);
    byte[] copy = pdf.clone();
    for (Matcher m : matches(latin, "<xmp:", CLOCK_DATES)) {
      if (m.group(2).length() == date.length()) {
        byte[] value = date.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(value, 0, copy, m.start(2), value.length);
      }
    }
    return copy;
  }

  static byte[] fixFileId(byte[] pdf, String name) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    List<Matcher> ids = matches(latin, "/ID [<", FILE_ID);
    if (ids.isEmpty()) {
      return pdf;
    }
    Matcher last = ids.get(ids.size() - 1);
    byte[] copy = pdf.clone();
    String id = digest(pdf, last.start(), last.end(), name);
    byte[] replacement = ("/ID [<" + id + "> <" + id + ">]").getBytes(StandardCharsets.ISO_8859_1);
    // an earlier copy of the ID (FOP writes it once) would keep the old value; replace all
    for (Matcher m : ids) {
      System.arraycopy(replacement, 0, copy, m.start(), replacement.length);
    }
    return copy;
  }

  /** Every match of {@code pattern} that starts where {@code prefix} occurs, in order. */
  private static List<Matcher> matches(String text, String prefix, Pattern pattern) {
    List<Matcher> found = new ArrayList<>();
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      Matcher m = pattern.matcher(text).region(at, Math.min(text.length(), at + 200));
      if (m.lookingAt()) {
        found.add(m);
      }
    }
    return found;
  }

  private static String digest(byte[] pdf, int skipFrom, int skipTo, String name) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(pdf, 0, skipFrom);
      md5.update(pdf, skipTo, pdf.length - skipTo);
      md5.update(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
