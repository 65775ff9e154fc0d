package io.github.appstream4j.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.testing.FakeAppStream;
import io.github.appstream4j.testing.LocalAppStreamServer;
import io.github.appstream4j.testing.VirtualTime;
import java.lang.reflect.Parameter;
import java.time.Clock;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import software.amazon.awssdk.services.appstream.AppStreamClient;

class AppStreamExtensionResolutionTest {
    private final AppStreamExtension extension = new AppStreamExtension();

    @SuppressWarnings("unused")
    private static void parameters(VirtualTime time, FakeAppStream fake, ImageBuilders builders,
            LocalAppStreamServer server, AppStreamClient client, String text, Clock clock,
            @Mock ImageBuilders mockedBuilders, @Mock AppStreamClient mockedClient) {
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void supportsParameter_ofAnInjectedType_isTrue(int index) {
        assertThat(supports(index)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6})
    void supportsParameter_ofAnotherType_isFalse(int index) {
        assertThat(supports(index)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8})
    void supportsParameter_annotatedWithMockitosMock_isLeftToMockito(int index) {
        assertThat(supports(index)).isFalse();
    }

    private boolean supports(int index) {
        Parameter parameter = parameterMethod().getParameters()[index];
        ParameterContext context = mock(ParameterContext.class);
        when(context.getParameter()).thenReturn(parameter);
        return extension.supportsParameter(context, mock(ExtensionContext.class));
    }

    private static java.lang.reflect.Method parameterMethod() {
        for (java.lang.reflect.Method m : AppStreamExtensionResolutionTest.class.getDeclaredMethods()) {
            if (m.getName().equals("parameters")) {
                return m;
            }
        }
        throw new AssertionError("no parameters method");
    }
}
