package org.teikit.serve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.diagnostic.Catalogue;

/**
 * What {@code serve} adds to an HTML response (never to the file on disk): the live-reload
 * script, tagged with the build the page came from, and, when there is something to say, a
 * banner with the findings and the link to the PDF. All text is escaped.
 */
final class PageInjection {
  static final String SCRIPT_PATH = "/_teikit/live.js";
  static final String EVENTS_PATH = "/_teikit/events";
  static final String BANNER_ID = "teikit-serve-banner";
  /** The banner lists this many findings; the terminal has them all. */
  static final int MAX_LINES = 50;

  /**
   * Reconnects after a restart within half a second; reloads when the build it hears of (on
   * connecting, and after each rebuild) is not the one the page was served from, so a rebuild
   * that finishes while the page is still loading is not missed.
   */
  static final String SCRIPT = """
      (function () {
        'use strict';
        var me = document.currentScript;
        var built = me ? me.getAttribute('data-build') : null;
        if (!window.EventSource) { return; }
        var events = new EventSource('%s');
        function check(e) {
          if (e.data !== built) { events.close(); window.location.reload(); }
        }
        events.addEventListener('hello', check);
        events.addEventListener('reload', check);
      })();
      """.formatted(EVENTS_PATH);

  private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
  /** The body start tag; a '>' inside a quoted attribute value does not end it. */
  private static final Pattern BODY_START =
      Pattern.compile("<body\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);

  private PageInjection() {}

  /**
   * @param html the page as built
   * @param build the build the page belongs to
   * @param problems finding lines to show, already in the terminal's format (escaped here)
   * @param pdfHref the link to the PDF of the page's edition, when there is one
   */
  static String inject(String html, long build, List<String> problems, Optional<String> pdfHref) {
    String script = "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\" defer=\"defer\"></script>";
    StringBuilder out = new StringBuilder(html);
    Matcher body = BODY_START.matcher(html);
    boolean hasBody = body.find();
    String banner = banner(problems, pdfHref);
    if (hasBody) {
      out.insert(body.end(), banner);
    } else {
      out.append(banner);
    }
    Matcher head = HEAD_END.matcher(html);
    if (head.find() && (!hasBody || head.start() < body.start())) {
      out.insert(head.start(), script);
    } else {
      out.append(script);
    }
    return out.toString();
  }

  /** The banner: the findings (if any) and the PDF link (if any); empty when neither. */
  static String banner(List<String> problems, Optional<String> pdfHref) {
    if (problems.isEmpty() && pdfHref.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    String colours = problems.isEmpty()
        ? "background:#eef3f8;color:#123;border-bottom:1px solid #9ab"
        : "background:#fdecea;color:#5f2120;border-bottom:2px solid #d32f2f";
    b.append("<div id=\"").append(BANNER_ID).append("\" role=\"").append(problems.isEmpty() ? "note" : "alert")
        .append("\" style=\"font:14px/1.4 system-ui,sans-serif;padding:.5em 1em;").append(colours).append("\">");
    if (!problems.isEmpty()) {
      b.append("<p style=\"margin:0 0 .3em;font-weight:bold\">")
          .append(Catalogue.text(problems.size() == 1 ? "serve.banner-finding" : "serve.banner-findings", problems.size()))
          .append("</p>");
      b.append("<ul style=\"margin:0;padding-left:1.2em;font-family:monospace\">");
      for (String line : problems.subList(0, Math.min(MAX_LINES, problems.size()))) {
        b.append("<li>").append(escape(line)).append("</li>");
      }
      if (problems.size() > MAX_LINES) {
        b.append("<li>").append(Catalogue.text("serve.banner-more", problems.size() - MAX_LINES)).append("</li>");
      }
      b.append("</ul>");
    }
    pdfHref.ifPresent(href -> b.append("<p style=\"margin:.3em 0 0\"><a href=\"").append(escape(href))
        .append("\">").append(Catalogue.text("serve.banner-pdf-link")).append("</a>")
        .append(Catalogue.text("serve.banner-pdf-built-on-demand")).append("</p>"));
    b.append("</div>");
    return b.toString();
  }

  static String escape(String text) {
    return org.teikit.diagnostic.Html.escape(text);
  }
}
