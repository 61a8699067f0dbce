import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.teikit.cli.Teikit;
import org.teikit.search.IndexClock;

/**
 * Runs one teikit command line several times in one JVM and prints each run's wall and CPU
 * time: from the third run or so the JIT, the loaded classes and Saxon's compiler are warm, so
 * the later runs show what the work itself costs, without what a cold JVM adds to it. Each line
 * also gives the CPU time the search index took (IndexClock), and its share of the run's.
 * Usage (bench/html.sh --warm compiles and runs it): java -cp target/teikit.jar:DIR WarmRuns N ARGS...
 */
public final class WarmRuns {
  private WarmRuns() {}

  public static void main(String[] args) {
    int runs = Integer.parseInt(args[0]);
    String[] command = Arrays.copyOfRange(args, 1, args.length);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 1; i <= runs; i++) {
      IndexClock.takeNanos();
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      int exit = Teikit.commandLine().execute(command);
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      double index = IndexClock.takeNanos() / 1e9;
      System.out.printf("warm run %d: %.2f s wall, %.2f s cpu, search index %.2f s cpu (%.1f %%), exit %d%n", i,
          (System.nanoTime() - wall) / 1e9, cpuSeconds, index, 100 * index / cpuSeconds, exit);
    }
  }
}
