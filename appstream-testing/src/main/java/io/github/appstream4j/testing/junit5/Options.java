package io.github.appstream4j.testing.junit5;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.time.Instant;
import java.util.function.Consumer;

/** The settings of one {@link AppStreamExtension}, from its builder or from {@link AppStreamTest}. */
record Options(AppStreamExtension.Scope scope, long seed, Instant startTime, boolean overWire,
        Consumer<FakeAppStream.Builder> fake, Consumer<ImageBuilders.Builder> imageBuilders,
        Consumer<LocalAppStreamServer.Builder> server) {

    static final Options DEFAULTS = new Options(AppStreamExtension.Scope.METHOD, 0L, VirtualTime.DEFAULT_START,
            false, b -> { }, b -> { }, b -> { });

    static Options of(AppStreamTest annotation) {
        return new Options(annotation.scope(), annotation.seed(), VirtualTime.DEFAULT_START, annotation.overWire(),
                DEFAULTS.fake, DEFAULTS.imageBuilders, DEFAULTS.server);
    }
}
