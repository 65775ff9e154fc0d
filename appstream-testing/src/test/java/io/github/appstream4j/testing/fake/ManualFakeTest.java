package io.github.appstream4j.testing.fake;

import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** A fake on manual virtual time, where the test moves the clock. */
abstract class ManualFakeTest {

    final VirtualTime time = VirtualTime.manual();
    final FakeAppStream fake = FakeAppStream.create(time);
    final AppStreamClient client = fake.client();

    @AfterEach
    void closeFake() {
        fake.close();
        time.close();
    }

    ImageBuilderState describe(String name) {
        return client.describeImageBuilders(r -> r.names(name)).imageBuilders().get(0).state();
    }
}
