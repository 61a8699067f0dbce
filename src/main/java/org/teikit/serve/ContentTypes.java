package org.teikit.serve;

import java.util.Locale;
import java.util.Map;

/** The media type a served file is sent with, by its extension. */
final class ContentTypes {
  private static final String UTF8 = "; charset=utf-8";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html" + UTF8),
      Map.entry("htm", "text/html" + UTF8),
      Map.entry("css", "text/css" + UTF8),
      Map.entry("js", "text/javascript" + UTF8),
      Map.entry("mjs", "text/javascript" + UTF8),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("txt", "text/plain" + UTF8),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"));

  /** Anything unknown is offered as bytes, never guessed as something a browser would run. */
  static final String DEFAULT = "application/octet-stream";

  private ContentTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return DEFAULT;
    }
    return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
  }

  static boolean isHtml(String fileName) {
    return of(fileName).startsWith("text/html");
  }
}
