package io.github.appstream4j.cli.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderResponse;

/**
 * Waiting progress on stderr: on a terminal one live line rewritten with {@code \r} every second (state and
 * elapsed time); otherwise a plain line each time the state changes.
 */
final class Progress implements AutoCloseable {
    private final CliEnvironment env;
    private final String name;
    private final String target;
    private final Instant started;
    private final ScheduledExecutorService ticker;
    private volatile String state = "?";
    private String printed;
    private int width;

    Progress(CliEnvironment env, String name, String target) {
        this.env = env;
        this.name = name;
        this.target = target;
        this.started = env.clock().instant();
        if (env.interactive()) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "appstream-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 0, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /** A client that reports the state of {@code name} in every response that carries it. */
    static AppStreamClient observing(AppStreamClient client, String name, Progress progress) {
        return (AppStreamClient) Proxy.newProxyInstance(AppStreamClient.class.getClassLoader(),
                new Class<?>[] {AppStreamClient.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof DescribeImageBuildersResponse) {
                        ((DescribeImageBuildersResponse) result).imageBuilders().stream()
                                .filter(b -> name.equals(b.name())).findFirst().ifPresent(progress::observed);
                    } else if (result instanceof StartImageBuilderResponse) {
                        progress.observed(((StartImageBuilderResponse) result).imageBuilder());
                    } else if (result instanceof StopImageBuilderResponse) {
                        progress.observed(((StopImageBuilderResponse) result).imageBuilder());
                    }
                    return result;
                });
    }

    void observed(ImageBuilder builder) {
        if (builder == null || builder.stateAsString() == null) {
            return;
        }
        String previous = state;
        state = builder.stateAsString();
        if (ticker == null && !state.equals(previous)) {
            synchronized (env.err()) {
                env.err().println(line());
                env.err().flush();
            }
        } else if (ticker != null) {
            redraw();
        }
    }

    private String line() {
        return "Waiting for image builder " + name + " to be " + target + ": " + state + " ("
                + elapsed(Duration.between(started, env.clock().instant())) + ")";
    }

    static String elapsed(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : s + "s";
    }

    private synchronized void redraw() {
        String line = line();
        if (line.equals(printed)) {
            return;
        }
        synchronized (env.err()) {
            env.err().print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            env.err().flush();
        }
        printed = line;
        width = Math.max(width, line.length());
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            redraw();
            env.err().println();
            env.err().flush();
        }
    }
}
