package io.github.appstream4j.testing.internal.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** One operation served over the wire: its name, how to decode its request, how to call the client. */
final class WireOperation {
    static final String TARGET_PREFIX = "PhotonAdminProxyService.";

    private static final Map<String, WireOperation> OPERATIONS = Map.of(
            "CreateImageBuilder", of("CreateImageBuilder", CreateImageBuilderRequest::builder,
                    AppStreamClient::createImageBuilder),
            "StartImageBuilder", of("StartImageBuilder", StartImageBuilderRequest::builder,
                    AppStreamClient::startImageBuilder),
            "StopImageBuilder", of("StopImageBuilder", StopImageBuilderRequest::builder,
                    AppStreamClient::stopImageBuilder),
            "DescribeImageBuilders", of("DescribeImageBuilders", DescribeImageBuildersRequest::builder,
                    AppStreamClient::describeImageBuilders),
            "DeleteImageBuilder", of("DeleteImageBuilder", DeleteImageBuilderRequest::builder,
                    AppStreamClient::deleteImageBuilder));

    private final String name;
    private final Function<JsonNode, Object> decoder;
    private final BiFunction<AppStreamClient, Object, SdkPojo> call;

    private WireOperation(String name, Function<JsonNode, Object> decoder,
            BiFunction<AppStreamClient, Object, SdkPojo> call) {
        this.name = name;
        this.decoder = decoder;
        this.call = call;
    }

    private static <B extends SdkPojo & SdkBuilder<B, R>, R> WireOperation of(String name, Supplier<B> builder,
            BiFunction<AppStreamClient, R, ? extends SdkPojo> call) {
        @SuppressWarnings("unchecked")
        BiFunction<AppStreamClient, Object, SdkPojo> untyped = (client, request) -> call.apply(client, (R) request);
        return new WireOperation(name, body -> PojoReader.read(body, builder.get()), untyped);
    }

    /** The operation named by an {@code X-Amz-Target} value, if this server serves it. */
    static Optional<WireOperation> forTarget(String target) {
        if (!target.startsWith(TARGET_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(OPERATIONS.get(target.substring(TARGET_PREFIX.length())));
    }

    /** The served operation names, sorted. */
    static List<String> names() {
        return OPERATIONS.keySet().stream().sorted().collect(Collectors.toList());
    }

    String name() {
        return name;
    }

    /** Decodes the body into the SDK request; SerializationException when its shape is wrong. */
    Object decode(JsonNode body) {
        return decoder.apply(body);
    }

    /** Calls the served client; whatever it throws propagates. */
    SdkPojo invoke(AppStreamClient client, Object request) {
        return call.apply(client, request);
    }
}
