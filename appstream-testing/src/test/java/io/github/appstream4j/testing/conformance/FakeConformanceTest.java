package io.github.appstream4j.testing.conformance;

import io.github.appstream4j.testing.FakeAppStream;
import software.amazon.awssdk.services.appstream.AppStreamClient;

/** The conformance scenarios against the in-memory client. */
class FakeConformanceTest extends ImageBuilderConformanceSuite {
    @Override
    protected AppStreamClient connect(FakeAppStream fake) {
        return fake.client();
    }

    @Override
    protected void disconnect() {
        // the in-memory client is the fake's and closes with it
    }
}
