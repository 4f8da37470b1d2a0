package corpus.lang.misc;

/** Command-line arguments (from Args.args): count, spaces inside arguments, empty arguments, UTF-8, numbers. */
public class Args {
    public static void main(String[] args) {
        System.out.println("count " + args.length);
        int sum = 0;
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
            try {
                sum += Integer.parseInt(args[i]);
            } catch (NumberFormatException e) {
                // not a number
            }
        }
        System.out.println("sum of numeric args " + sum);
        String[] copy = args.clone();
        java.util.Arrays.sort(copy);
        System.out.println(String.join("|", copy));
    }
}
