package corpus.lang.thread;

/** Thread.interrupt: wakes sleep and wait with InterruptedException, clears the flag; interrupted() vs isInterrupted(). */
public class Interrupts {
    public static void main(String[] args) throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("slept the whole minute?!");
            } catch (InterruptedException e) {
                System.out.println("sleep interrupted, flag now " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        Thread.sleep(20);
        sleeper.interrupt();
        sleeper.join();
        Object lock = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                    System.out.println("woken without interrupt?!");
                } catch (InterruptedException e) {
                    System.out.println("wait interrupted");
                }
            }
        });
        waiter.start();
        Thread.sleep(20);
        waiter.interrupt();
        waiter.join();
        Thread.currentThread().interrupt();
        System.out.println("self: " + Thread.currentThread().isInterrupted() + " " + Thread.interrupted() + " " + Thread.interrupted());
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(1000);
            System.out.println("not interrupted?!");
        } catch (InterruptedException e) {
            System.out.println("sleep with pending interrupt throws at once");
        }
    }
}
