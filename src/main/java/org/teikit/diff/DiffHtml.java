package org.teikit.diff;

import java.io.IOException;
import org.teikit.diagnostic.Html;
import org.teikit.diff.Change.Kind;

/**
 * The comparison as one self-contained HTML page to share: per file, each change side by side
 * (the old revision left, the new right, with its line:col), removed words struck through, added
 * words marked, markup changes named over the words they concern. Every piece of document text
 * is escaped; the page loads nothing.
 */
public final class DiffHtml {
  private static final String STYLE = """
      body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b}
      h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;width:100%;table-layout:fixed}
      th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
      th{background:#f4f4f4}.kind{width:11rem}td.kind{font-size:.85rem}.where{font:12px monospace;color:#555}
      del{background:#fbd3d3;color:#7a0000}ins{background:#cdeccd;color:#004d00;text-decoration:none}
      mark{background:#dbe8fb;border-bottom:2px solid #3b6fc4}
      tr.text td.kind{color:#8a4b00}tr.markup td.kind{color:#22507f}tr.error td.kind{color:#b00000;font-weight:bold}
      .summary{font-weight:bold}.status{color:#555;font-weight:normal}
      """;

  private DiffHtml() {}

  /** Writes {@code report} as one HTML page. */
  public static void write(DiffReport report, Appendable out) throws IOException {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>teikit diff</title><style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>teikit diff</h1>\n<p class=\"summary\">").append(escape(report.counts())).append(" — ")
        .append(escape(report.summary())).append("</p>\n");
    for (FileDiff file : report.files()) {
      file(sb, report, file);
    }
    sb.append("</body></html>\n");
    out.append(sb);
  }

  private static void file(StringBuilder sb, DiffReport report, FileDiff file) {
    sb.append("<h2>").append(escape(file.path())).append(" <span class=\"status\">(")
        .append(file.status().wireName()).append(")</span></h2>\n");
    if (file.changes().isEmpty()) {
      return;
    }
    sb.append("<table><thead><tr><th class=\"kind\">change</th><th>")
        .append(escape(file.oldLabel())).append("</th><th>").append(escape(file.newLabel()))
        .append("</th></tr></thead><tbody>\n");
    for (Change c : file.changes()) {
      String row = c.isText() ? (report.textPreserved() ? "text error" : "text") : "markup";
      sb.append("<tr class=\"").append(row).append("\"><td class=\"kind\">").append(c.kind().wireName());
      if (c.subject() != null) {
        sb.append("<br><code>").append(escape(c.subject())).append("</code>");
      }
      sb.append("</td><td>");
      side(sb, c, true);
      sb.append("</td><td>");
      side(sb, c, false);
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  /** One side of a change: where, then the words with the change highlighted. */
  private static void side(StringBuilder sb, Change c, boolean old) {
    Change.Place place = old ? c.before() : c.after();
    if (place == null) {
      return;
    }
    sb.append("<div class=\"where\">").append(place).append("</div>");
    String value = old ? c.oldValue() : c.newValue();
    Kind kind = c.kind();
    if (kind.isText()) {
      boolean shownInOld = kind == Kind.TEXT_REMOVED;
      // the context words are the same on both sides (they are aligned); they come from one of them
      words(sb, c.contextBefore());
      if (value != null) {
        sb.append(old ? "<del>" : "<ins>").append(escape(value)).append(old ? "</del>" : "</ins>");
      } else if (shownInOld == old) {
        sb.append(' ');
      }
      words(sb, c.contextAfter());
    } else if (kind == Kind.ATTRIBUTE_ADDED || kind == Kind.ATTRIBUTE_REMOVED || kind == Kind.ATTRIBUTE_CHANGED) {
      sb.append("<code>@").append(escape(c.subject().substring(c.subject().indexOf("/@") + 2))).append("=\"");
      if (value != null) {
        sb.append(old ? "<del>" : "<ins>").append(escape(value)).append(old ? "</del>" : "</ins>");
      }
      sb.append("\"</code>");
    } else {
      // the context is the revision's that shows the change; a moved element's is where it went
      boolean context = kind != Kind.ELEMENT_MOVED || !old;
      if (context) {
        words(sb, c.contextBefore());
      }
      sb.append("<mark title=\"").append(escape(c.subject())).append("\">").append(escape(value == null ? "" : value))
          .append("</mark>");
      if (context) {
        words(sb, c.contextAfter());
      }
    }
  }

  private static void words(StringBuilder sb, String words) {
    if (words != null && !words.isEmpty()) {
      sb.append(' ').append(escape(words)).append(' ');
    }
  }

  /** Text made safe in element content and in a double-quoted attribute; null as nothing. */
  static String escape(String s) {
    return s == null ? "" : Html.escape(s);
  }
}
