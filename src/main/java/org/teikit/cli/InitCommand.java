package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Version;
import org.teikit.init.NewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit init}: a thin shell over {@link NewProject}. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {
      "A new edition project that builds at once: editions/NAME/ with edition.xml (title, editors, "
          + "licence, the list of persons) and a sample document (an original and its translation, "
          + "a person, a date, a note, an apparatus entry), a README, a .gitignore for target/, "
          + "a GitHub Actions workflow and a GitLab CI file. NAME is the folder's name.",
      "Then `teikit build` inside DIR validates and publishes it. DIR must be new or empty; "
          + "nothing is overwritten."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the project was written", "2:DIR exists and is not empty, a bad option, or an I/O problem"})
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The project folder to make (new, or empty).")
  Path dir;

  @Option(names = "--title", paramLabel = "TITLE", description = "The edition's title (default: the folder's name).")
  String title;

  @Option(names = "--lang", paramLabel = "ORIGINAL[,TRANSLATION]", split = ",", defaultValue = "la,en",
      description = "Languages of the sample's original and its translation (default: ${DEFAULT-VALUE}); "
          + "one language: no translation.")
  List<String> languages = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "Print nothing when it succeeds.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    String shown = title == null ? NewProject.folderName(dir) : title;
    NewProject project = new NewProject(shown, languages, Version.get(), LocalDate.now());
    List<Path> written = project.writeTo(dir);
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(Catalogue.text("init.created", dir, written.get(0).getParent(), written.size()));
      out.println(Catalogue.text("init.next", dir));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
