package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teikit.Installed;

/** The fonts a missing-glyph finding names: fontconfig's answer, and the same found by reading the font folders. */
class SystemFontsTest {
  @Test
  void fontconfigAndTheFontFoldersNameTheSameFontForASyriacLetter() {
    Installed.program("/usr/bin/fc-list", "fontconfig");
    Installed.file(CorporaPdfTest.NOTO.resolve("NotoSansSyriac-Regular.ttf").toString(), "fonts-noto-core");
    Map<String, Path> asked = SystemFonts.ask(0x0710);
    Map<String, Path> scanned = SystemFonts.scan(0x0710);
    assertEquals(CorporaPdfTest.NOTO, asked.get("Noto Sans Syriac"), "fc-list: " + asked);
    assertEquals(CorporaPdfTest.NOTO, scanned.get("Noto Sans Syriac"), "the folders read: " + scanned);
    assertTrue(SystemFonts.having(List.of(0x0710, 0x0712), 3).stream()
        .anyMatch(f -> f.name().equals("Noto Sans Syriac") && f.covered() == 2));
  }
}
