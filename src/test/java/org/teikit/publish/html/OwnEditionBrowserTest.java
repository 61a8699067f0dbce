package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teikit.Folders;
import org.teikit.SeedCopy;
import org.teikit.cli.CliRun;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.pdf.Poppler;

/**
 * The worked example of an edition of one's own (issue 20): the seed, through its settings only
 * (src/test/resources/own-edition: a Russian interface, its own colours and logo, a web and a
 * print module that render a person's name differently, an A5 page), built by {@code teikit
 * build}; its pages read in Chromium, with screenshots in target/screenshots/own-edition-*.png,
 * and its PDF, with its first pages as PNG in target/own-edition/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnEditionBrowserTest {
  static final Path OWN = Path.of("src/test/resources/own-edition");
  static final Path TEMP = Path.of("target/own-edition").toAbsolutePath();
  static final String DOCUMENT = "doc/1962-03-01-chervonenko-deng.html";
  private Path site;
  private Path pdf;
  @AutoClose private HeadlessChromium.Session session;

  @BeforeAll
  void build() throws IOException {
    if (Files.exists(TEMP)) {
      AtomicDirectory.deleteTree(TEMP);
    }
    Path edition = SeedCopy.withSettings(TEMP.resolve("ed/chervonenko-deng-1962"), Files.readString(OWN.resolve("settings.xml")));
    Folders.copy(OWN.resolve("look"), edition.resolve("look"));
    CliRun run = CliRun.of("build", "--no-progress", "-o", TEMP.resolve("out").toString(), edition.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.summary().contains(" 0 errors"), run.out());
    site = TEMP.resolve("out/html");
    pdf = TEMP.resolve("out/pdf/chervonenko-deng-1962.pdf");
  }

  @Test
  void theDocumentPageIsRussianInItsOwnColoursWithItsLogoAndItsNames() throws IOException {
    session = HeadlessChromium.open();
    session.driver().get(site.resolve(DOCUMENT).toUri().toString());
    session.shot("own-edition-document");
    assertEquals("ru", session.js("return document.documentElement.lang;"));
    String menu = session.driver().findElement(By.cssSelector("header.banner")).getText();
    assertTrue(menu.contains("Указатель лиц") || menu.contains("Поиск"), "the banner speaks Russian: " + menu);
    assertEquals("rgba(122, 31, 43, 1)", css(By.cssSelector("header.banner"), "background-color"), "the edition's banner colour");
    assertEquals("#7a1f2b", String.valueOf(session.js(
        "return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();")));
    WebElement logo = session.driver().findElement(By.cssSelector("header.banner img.logo"));
    assertTrue(logo.isDisplayed(), "the logo is shown");
    assertEquals(48L, ((Number) session.js("return arguments[0].getBoundingClientRect().height;", logo)).longValue(),
        "the logo 3rem high (--logo-height)");
    assertTrue((Boolean) session.js("return arguments[0].complete && arguments[0].naturalWidth > 0;", logo), "the logo loaded");
    // the web module's rendering: each person's name in a span of its own, in small capitals
    List<WebElement> names = session.driver().findElements(By.cssSelector("span.ed-person"));
    assertTrue(names.size() >= 10, "names rendered by the edition's module: " + names.size());
    assertEquals("small-caps", String.valueOf(session.js("return getComputedStyle(arguments[0]).fontVariantCaps;", names.get(0))));
    assertTrue(names.stream().anyMatch(n -> n.getText().contains("Дэн Сяо-пин")), "a name in the original");
    session.js("arguments[0].scrollIntoView({block: 'center'});", names.get(names.size() / 2));
    session.shot("own-edition-names");
    session.driver().get(site.resolve("index.html").toUri().toString());
    session.shot("own-edition-home");
  }

  private String css(By element, String property) {
    return session.driver().findElement(element).getCssValue(property);
  }

  @Test
  void itsPdfIsRussianOnA5WithItsNamesInCapitals() throws Exception {
    String info = Poppler.run("pdfinfo", pdf.toString());
    assertTrue(info.matches("(?s).*Page size: +419\\.5\\d* x 595\\.2\\d* pts.*"), "148 x 210 mm: " + info);
    String text = Poppler.text(pdf);
    for (String russian : List.of("Содержание", "Условные обозначения", "ДОКУМЕНТ 1", "Указатель имён, мест и организаций")) {
      assertTrue(text.contains(russian), russian + " in the PDF");
    }
    assertTrue(text.contains("ДЭН СЯО-ПИН"), "the print module sets a person's name in capitals");
    String title = Poppler.run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf.toString(), "-");
    assertTrue(title.contains("Рабочий пример издания teikit") && title.replaceAll("\\s+", " ").contains("The Chervonenko– Deng Conversation"),
        "the print module's title page: " + title);
    Files.createDirectories(TEMP);
    Poppler.run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "9", pdf.toString(), TEMP.resolve("page").toString());
  }
}
