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
 * of the rest of the file and its name. The bytes are fixed where they lie, without a copy or a
 * string of the whole file: candidates are found by a byte search and only then matched by a
 * regular expression over a short window (a regular expression run over a whole book of
 * megabytes is slow).
 */
final class Reproducible {
  private static final Pattern FILE_ID =
      Pattern.compile("/ID \\[<([0-9A-Fa-f]{32})> <([0-9A-Fa-f]{32})>\\]");

  /** XMP dates FOP takes from the clock; set to the creation date (same length, same offsets). */
  private static final Pattern CREATED = Pattern.compile("<xmp:CreateDate>([^<]*)</xmp:CreateDate>");
  private static final Pattern CLOCK_DATES =
      Pattern.compile("<(xmp:MetadataDate|xmp:ModifyDate)>([^<]*)</(?:xmp:MetadataDate|xmp:ModifyDate)>");
  /** The document information's creation date, which FOP takes from the build date. */
  private static final Pattern INFO_CREATED = Pattern.compile("/CreationDate \\((D:[^)]*)\\)");
  /**
   * An attachment's parameters (PDF/A): FOP dates them by the clock. Set to the creation date
   * (same length, same offsets), so that two --pdfa runs give the same bytes.
   */
  private static final Pattern ATTACHMENT_DATES =
      Pattern.compile("/Params <<\\s*/CreationDate \\((D:[^)]*)\\)\\s*/ModDate \\((D:[^)]*)\\)");
  /** The longest match looked for: a window this long after each candidate is matched. */
  private static final int WINDOW = 200;

  private Reproducible() {}

  /** A match of a pattern at {@code start} in the bytes; {@code groups} holds each group's offset in them. */
  private record Found(int start, int end, String[] values, int[] groups) {}

  /** The fixes, in place: clock dates in the XMP metadata and the attachments, then the file identifier. */
  static byte[] fix(byte[] pdf, String name) {
    fixClockDates(pdf, pdf.length);
    fixAttachmentDates(pdf);
    fixFileId(pdf, name);
    return pdf;
  }

  /**
   * {@link #fixClockDates} for FOP's intermediate format, whose XMP stands in the document header:
   * only the start of the file is searched (a part may be tens of megabytes). In place.
   */
  static byte[] fixHeaderClockDates(byte[] intermediate) {
    fixClockDates(intermediate, Math.min(intermediate.length, 1 << 16));
    return intermediate;
  }

  /** Sets the clock dates in the first {@code limit} bytes to the creation date. */
  private static void fixClockDates(byte[] pdf, int limit) {
    List<Found> created = matches(pdf, limit, "<xmp:CreateDate>", CREATED);
    if (created.isEmpty()) {
      return;
    }
    byte[] date = created.get(0).values()[1].getBytes(StandardCharsets.ISO_8859_1);
    for (Found m : matches(pdf, limit, "<xmp:", CLOCK_DATES)) {
      if (m.values()[2].length() == date.length) {
        System.arraycopy(date, 0, pdf, m.groups()[2], date.length);
      }
    }
  }

  /** Sets the attachments' clock dates to the document information's creation date. */
  private static void fixAttachmentDates(byte[] pdf) {
    List<Found> attachments = matches(pdf, pdf.length, "/Params <<", ATTACHMENT_DATES);
    if (attachments.isEmpty()) {
      return;
    }
    // the information dictionary's date is the one /CreationDate that is no attachment's
    List<Found> info = matches(pdf, pdf.length, "/CreationDate (", INFO_CREATED).stream()
        .filter(c -> attachments.stream().noneMatch(a -> c.start() >= a.start() && c.start() < a.end()))
        .toList();
    if (info.isEmpty()) {
      return;
    }
    byte[] date = info.get(0).values()[1].getBytes(StandardCharsets.ISO_8859_1);
    for (Found a : attachments) {
      for (int g = 1; g <= 2; g++) {
        if (a.values()[g].length() == date.length) {
          System.arraycopy(date, 0, pdf, a.groups()[g], date.length);
        }
      }
    }
  }

  private static void fixFileId(byte[] pdf, String name) {
    List<Found> ids = matches(pdf, pdf.length, "/ID [<", FILE_ID);
    if (ids.isEmpty()) {
      return;
    }
    Found last = ids.get(ids.size() - 1);
    String id = digest(pdf, last.start(), last.end(), name);
    byte[] replacement = ("/ID [<" + id + "> <" + id + ">]").getBytes(StandardCharsets.ISO_8859_1);
    // an earlier copy of the ID (FOP writes it once) would keep the old value; replace all
    for (Found m : ids) {
      System.arraycopy(replacement, 0, pdf, m.start(), replacement.length);
    }
  }

  /** Every match of {@code pattern} that starts where {@code prefix} occurs before {@code limit}, in order. */
  private static List<Found> matches(byte[] bytes, int limit, String prefix, Pattern pattern) {
    byte[] wanted = prefix.getBytes(StandardCharsets.ISO_8859_1);
    List<Found> found = new ArrayList<>();
    for (int at = indexOf(bytes, limit, wanted, 0); at >= 0; at = indexOf(bytes, limit, wanted, at + 1)) {
      String window = new String(bytes, at, Math.min(WINDOW, bytes.length - at), StandardCharsets.ISO_8859_1);
      Matcher m = pattern.matcher(window);
      if (m.lookingAt()) {
        String[] values = new String[m.groupCount() + 1];
        int[] groups = new int[m.groupCount() + 1];
        for (int g = 0; g <= m.groupCount(); g++) {
          values[g] = m.group(g);
          groups[g] = at + m.start(g);
        }
        found.add(new Found(at, at + m.end(), values, groups));
      }
    }
    return found;
  }

  private static int indexOf(byte[] bytes, int limit, byte[] wanted, int from) {
    int last = limit - wanted.length;
    for (int i = from; i <= last; i++) {
      if (bytes[i] == wanted[0] && Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
        return i;
      }
    }
    return -1;
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
