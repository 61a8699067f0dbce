package org.teikit.diff;

import java.io.IOException;
import java.util.List;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Json;
import org.teikit.diagnostic.Report;

/**
 * The outcome of a comparison as reports tell it: one line per change in the text format of
 * every teikit finding ({@code path:line:col: severity: message [diff/kind]}), JSON for scripts,
 * and an HTML page for sharing. With {@code textPreserved} a change of the words is an error.
 *
 * @param files the files compared, in order
 * @param textPreserved whether the words of the text had to stay as they were
 */
public record DiffReport(List<FileDiff> files, boolean textPreserved) {
  private static final String RESET = "\u001b[0m";
  private static final String TEXT_COLOUR = "\u001b[33m";
  private static final String ERROR_COLOUR = "\u001b[1;31m";
  private static final String MARKUP_COLOUR = "\u001b[36m";

  public long textChanges() {
    return files.stream().mapToLong(FileDiff::textChanges).sum() + filesAddedOrRemoved();
  }

  public long markupChanges() {
    return files.stream().mapToLong(FileDiff::markupChanges).sum();
  }

  private long filesAddedOrRemoved() {
    return files.stream().filter(f -> f.status() == FileDiff.Status.ADDED || f.status() == FileDiff.Status.REMOVED).count();
  }

  /** The errors of the summary line: changes of the words when they had to be preserved, else none. */
  public long errors() {
    return textPreserved ? textChanges() : 0;
  }

  /** What was found, before the summary: {@code 2 text changes, 5 markup changes in 1 file}. */
  public String counts() {
    long changed = files.stream().filter(f -> f.status() != FileDiff.Status.UNCHANGED).count();
    return Catalogue.text("diff.summary-counts", Report.plural(textChanges(), "text change"),
        Report.plural(markupChanges(), "markup change"), Report.plural(changed, "file"));
  }

  /** The contract's last line: {@code N files, E errors, W warnings}. */
  public String summary() {
    return files.size() + (files.size() == 1 ? " file, " : " files, ") + Report.plural(errors(), "error") + ", "
        + Report.plural(0, "warning");
  }

  // ---- text

  /**
   * One line a change, then the counts and the summary line; {@code colour} for a terminal,
   * {@code errorsOnly} for a quiet run (the errors and the summary line).
   */
  public void writeText(Appendable out, boolean colour, boolean errorsOnly) throws IOException {
    for (FileDiff file : files) {
      for (String line : lines(file)) {
        if (!errorsOnly || line.contains(": error: ")) {
          out.append(colour ? colour(line) : line).append('\n');
        }
      }
    }
    if (!errorsOnly) {
      out.append(counts()).append('\n');
    }
    out.append(summary()).append('\n');
  }

  /** The lines of one file's changes, without colour. */
  public List<String> lines(FileDiff file) {
    String severity = textPreserved ? "error" : "info";
    return switch (file.status()) {
      case ADDED -> List.of(file.newLabel() + ": " + severity + ": " + Catalogue.text("diff.file-added") + " [diff/file-added]");
      case REMOVED -> List.of(file.oldLabel() + ": " + severity + ": " + Catalogue.text("diff.file-removed") + " [diff/file-removed]");
      default -> file.changes().stream().map(c -> line(file, c)).toList();
    };
  }

  private String line(FileDiff file, Change c) {
    boolean inNew = c.after() != null;
    StringBuilder sb = new StringBuilder(inNew ? file.newLabel() : file.oldLabel());
    sb.append(':').append(inNew ? c.after() : c.before()).append(": ");
    sb.append(c.isText() && textPreserved ? "error" : "info").append(": ").append(c.message());
    if (inNew && c.before() != null && c.kind() != Change.Kind.ELEMENT_MOVED) {
      sb.append(" (").append(file.oldLabel()).append(':').append(c.before()).append(')');
    }
    return sb.append(" [diff/").append(c.kind().wireName()).append(']').toString();
  }

  private static String colour(String line) {
    String tag = line.substring(line.lastIndexOf('[') + 1);
    boolean text = tag.startsWith("diff/text") || tag.startsWith("diff/file");
    String colour = !text ? MARKUP_COLOUR : line.contains(": error: ") ? ERROR_COLOUR : TEXT_COLOUR;
    return colour + line + RESET;
  }

  // ---- JSON

  /** The report as one JSON object: the files with their changes, the counts and the summary line. */
  public void writeJson(Appendable out) throws IOException {
    StringBuilder sb = new StringBuilder("{\n  \"textPreserved\": ").append(textPreserved)
        .append(",\n  \"textChanges\": ").append(textChanges())
        .append(",\n  \"markupChanges\": ").append(markupChanges())
        .append(",\n  \"errors\": ").append(errors())
        .append(",\n  \"files\": [");
    for (int f = 0; f < files.size(); f++) {
      FileDiff file = files.get(f);
      sb.append(f == 0 ? "\n" : ",\n").append("    {\"path\": ");
      string(sb, file.path()).append(", \"old\": ");
      string(sb, file.oldLabel()).append(", \"new\": ");
      string(sb, file.newLabel()).append(", \"status\": \"").append(file.status().wireName())
          .append("\", \"changes\": [");
      for (int i = 0; i < file.changes().size(); i++) {
        sb.append(i == 0 ? "\n" : ",\n").append("      ");
        change(sb, file.changes().get(i));
      }
      sb.append(file.changes().isEmpty() ? "]}" : "\n    ]}");
    }
    sb.append(files.isEmpty() ? "],\n" : "\n  ],\n").append("  \"summary\": ");
    string(sb, summary()).append("\n}\n");
    out.append(sb);
  }

  private void change(StringBuilder sb, Change c) {
    sb.append("{\"kind\": \"").append(c.kind().wireName()).append("\", \"category\": \"")
        .append(c.isText() ? "text" : "markup").append("\", \"severity\": \"")
        .append(c.isText() && textPreserved ? "error" : "info").append("\", \"old\": ");
    side(sb, c.before(), c.oldValue()).append(", \"new\": ");
    side(sb, c.after(), c.newValue()).append(", \"subject\": ");
    string(sb, c.subject()).append(", \"contextBefore\": ");
    string(sb, c.contextBefore()).append(", \"contextAfter\": ");
    string(sb, c.contextAfter()).append(", \"message\": ");
    string(sb, c.message()).append('}');
  }

  private static StringBuilder side(StringBuilder sb, Change.Place place, String value) {
    if (place == null) {
      return sb.append("null");
    }
    sb.append("{\"line\": ").append(place.line()).append(", \"column\": ").append(place.column()).append(", \"text\": ");
    return string(sb, value).append('}');
  }

  private static StringBuilder string(StringBuilder sb, String s) {
    return s == null ? sb.append("null") : Json.append(sb, s, false);
  }
}
