package corpus.lang.thread;

/** The process lives on after main returns while a non-daemon thread runs; a daemon thread does not keep it alive. */
public class NonDaemon {
    public static void main(String[] args) {
        Thread daemon = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("daemon must never print");
        }, "daemon");
        daemon.setDaemon(true);
        daemon.start();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            System.out.println("late thread prints after main returned");
        }, "late");
        System.out.println("daemon flags: " + daemon.isDaemon() + " " + late.isDaemon() + " " + Thread.currentThread().isDaemon());
        late.start();
        System.out.println("main returns");
    }
}
