package org.teikit.diagnostic;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every sentence teikit says to a user (findings, refusals, what a command did), by key, from one
 * file: {@code org/teikit/diagnostic/messages.properties}, where a user can look a finding up
 * and a writer can read every wording at once. Keys start with the area that says them.
 */
public final class Catalogue {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.teikit.diagnostic.messages");

  private Catalogue() {}

  /**
   * The message {@code key} with {@code args} filled in (MessageFormat). A number in a plain
   * {@code {0}} is written as Java writes it, {@code 1480}, not {@code 1,480}; a message that
   * wants digit grouping says {@code {0,number}}.
   */
  public static String text(String key, Object... args) {
    MessageFormat format = new MessageFormat(BUNDLE.getString(key), Locale.ROOT);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      boolean plain = i >= formats.length || formats[i] == null;
      if (plain && shown[i] instanceof Number n) {
        shown[i] = String.valueOf(n);
      }
    }
    return format.format(shown);
  }
}
