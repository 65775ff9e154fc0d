package io.github.appstream4j.cli.internal;

/**
 * Ctrl-C while waiting: a shutdown hook interrupts the waiting thread and gives it a moment to say where the
 * wait stood; the JVM then ends with the signal's status (130). Only in the real process, never in tests.
 */
public final class Interrupts {
    private static volatile boolean signalled;

    private Interrupts() {
    }

    /** True once a signal ended a wait; Main then leaves the exit code to the JVM. */
    public static boolean signalled() {
        return signalled;
    }

    static Scope scope(CliEnvironment env) {
        if (!env.signals()) {
            return () -> { };
        }
        Thread waiter = Thread.currentThread();
        Thread hook = new Thread(() -> {
            signalled = true;
            waiter.interrupt();
            try {
                waiter.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "appstream-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook is running and waits for us
            }
        };
    }

    /** Undoes {@link #scope}. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
