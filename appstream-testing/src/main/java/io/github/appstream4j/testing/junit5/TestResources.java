package io.github.appstream4j.testing.junit5;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/**
 * The objects of one scope (a test method, or a test class), made on first request and closed with the
 * scope's store. Implements both close interfaces: JUnit 5.13+ closes stored {@code AutoCloseable}s (and
 * then ignores {@code CloseableResource}), older versions only {@code CloseableResource}s; either way once.
 */
@SuppressWarnings("deprecation")
final class TestResources implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final Options options;
    private VirtualTime time;
    private FakeAppStream fake;
    private LocalAppStreamServer server;
    private ImageBuilders imageBuilders;
    private boolean closed;

    TestResources(Options options) {
        this.options = options;
    }

    /** Returns the object of that type, making it (and what it needs) first if this scope has none yet. */
    synchronized Object get(Class<?> type) {
        if (closed) {
            throw new IllegalStateException("The AppStream test objects of this scope were already closed");
        }
        if (type == VirtualTime.class) {
            return time();
        } else if (type == FakeAppStream.class) {
            return fake();
        } else if (type == LocalAppStreamServer.class) {
            return server();
        } else if (type == AppStreamClient.class) {
            return server().client();
        } else if (type == ImageBuilders.class) {
            return imageBuilders();
        }
        throw new IllegalArgumentException("type must be one AppStreamExtension resolves but was " + type);
    }

    private VirtualTime time() {
        if (time == null) {
            time = VirtualTime.create(options.startTime());
        }
        return time;
    }

    private FakeAppStream fake() {
        if (fake == null) {
            FakeAppStream.Builder b = FakeAppStream.builder().virtualTime(time()).seed(options.seed());
            options.fake().accept(b);
            fake = b.build();
        }
        return fake;
    }

    private LocalAppStreamServer server() {
        if (server == null) {
            LocalAppStreamServer.Builder b = LocalAppStreamServer.builder().client(fake().client());
            options.server().accept(b);
            server = b.build();
            server.start();
        }
        return server;
    }

    private ImageBuilders imageBuilders() {
        if (imageBuilders == null) {
            ImageBuilders.Builder b = ImageBuilders.builder()
                    .client(options.overWire() ? server().client() : fake().client())
                    .clock(time().clock())
                    .scheduler(time().scheduler())
                    .random(new Random(options.seed()))
                    .retryPolicy(AppStreamExtension.RETRY_POLICY);
            options.imageBuilders().accept(b);
            imageBuilders = b.build();
        }
        return imageBuilders;
    }

    /** Closes users before what they use: facade, server (and its client), fake, then time. */
    @Override
    public synchronized void close() {
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable c : new AutoCloseable[] {imageBuilders, server, fake, time}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (RuntimeException e) {
                failures.add(e);
            } catch (Exception e) {
                failures.add(new IllegalStateException("Closing " + c + " failed", e));
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
