package io.github.appstream4j.testing.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Asserts the shape of a service error as the SDK would surface it. */
final class ServiceErrorAssert {

    private ServiceErrorAssert() {
    }

    static AwsServiceException serviceError(ThrowingCallable call, Class<? extends AwsServiceException> type,
            String code, int status) {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call);
        assertThat(e).as("expected %s", code).isInstanceOf(type);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(status);
        assertThat(e.awsErrorDetails().serviceName()).isEqualTo("appstream");
        assertThat(e.requestId()).startsWith("fake-");
        return e;
    }
}
