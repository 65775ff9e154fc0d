package io.github.appstream4j.testing.conformance;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** The conformance scenarios against a real SDK client talking to the wire emulator. */
class WireConformanceTest extends ImageBuilderConformanceSuite {
    private LocalAppStreamServer server;

    @Override
    protected AppStreamClient connect(FakeAppStream fake) {
        server = LocalAppStreamServer.start(fake);
        return server.client();
    }

    @Override
    protected void disconnect() {
        server.close();
    }
}
