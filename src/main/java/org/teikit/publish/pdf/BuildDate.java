package org.teikit.publish.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The date a book is "built on" without asking the clock, so the same input gives the same bytes:
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention); else the latest date the
 * edition records about itself (revisionDesc/change/@when, publicationStmt/date/@when, in
 * edition.xml and the documents); else the newest modification time of the input files.
 */
final class BuildDate {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  private BuildDate() {}

  static LocalDate of(Optional<String> sourceDateEpoch, List<XdmNode> sources, List<Path> files) {
    if (sourceDateEpoch.isPresent()) {
      try {
        long seconds = Long.parseLong(sourceDateEpoch.get().strip());
        return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
      } catch (NumberFormatException ignored) {
        // not a number: fall back to the edition's own dates
      }
    }
    LocalDate latest = null;
    for (XdmNode doc : sources) {
      for (LocalDate d : recordedDates(doc)) {
        latest = latest == null || d.isAfter(latest) ? d : latest;
      }
    }
    if (latest != null) {
      return latest;
    }
    Instant newest = Instant.EPOCH;
    for (Path file : files) {
      try {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        newest = modified.isAfter(newest) ? modified : newest;
      } catch (IOException ignored) {
        // an unreadable file has no say
      }
    }
    return LocalDate.ofInstant(newest, ZoneOffset.UTC);
  }

  private static List<LocalDate> recordedDates(XdmNode doc) {
    List<LocalDate> dates = new ArrayList<>();
    for (XdmNode e : doc.select(Steps.descendant()).toList()) {
      if (e.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(e.getNodeName().getNamespace())) {
        continue;
      }
      String local = e.getNodeName().getLocalName();
      XdmNode parent = e.getParent();
      String parentName = parent == null || parent.getNodeName() == null ? "" : parent.getNodeName().getLocalName();
      boolean change = local.equals("change") && parentName.equals("revisionDesc")
          || local.equals("change") && parentName.equals("listChange");
      boolean published = local.equals("date") && parentName.equals("publicationStmt");
      if (change || published) {
        String when = e.getAttributeValue(new net.sf.saxon.s9api.QName("when"));
        if (when != null && when.length() >= 10) {
          try {
            dates.add(LocalDate.parse(when.substring(0, 10)));
          } catch (DateTimeParseException ignored) {
            // a partial or free-text date does not count
          }
        }
      }
    }
    return dates;
  }
}
