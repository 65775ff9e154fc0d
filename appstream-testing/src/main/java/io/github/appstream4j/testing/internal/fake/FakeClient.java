package io.github.appstream4j.testing.internal.fake;

import io.github.appstream4j.testing.FakeOperation;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.DeleteImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderResponse;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.StopImageBuilderResponse;

/**
 * The {@link AppStreamClient} view of a {@link FakeService}. Only the image-builder operations are
 * overridden; the interface's {@code Consumer<Builder>} overloads delegate to them, every other operation
 * keeps the interface default (UnsupportedOperationException).
 */
public final class FakeClient implements AppStreamClient {

    private final FakeService service;
    private final CallPipeline pipeline;

    public FakeClient(FakeService service, CallPipeline pipeline) {
        this.service = service;
        this.pipeline = pipeline;
    }

    @Override
    public CreateImageBuilderResponse createImageBuilder(CreateImageBuilderRequest request) {
        Objects.requireNonNull(request, "createImageBuilderRequest must not be null");
        return pipeline.call(FakeOperation.CREATE_IMAGE_BUILDER, request, one(request.name()),
                id -> service.create(request, id));
    }

    @Override
    public StartImageBuilderResponse startImageBuilder(StartImageBuilderRequest request) {
        Objects.requireNonNull(request, "startImageBuilderRequest must not be null");
        return pipeline.call(FakeOperation.START_IMAGE_BUILDER, request, one(request.name()),
                id -> service.start(request, id));
    }

    @Override
    public StopImageBuilderResponse stopImageBuilder(StopImageBuilderRequest request) {
        Objects.requireNonNull(request, "stopImageBuilderRequest must not be null");
        return pipeline.call(FakeOperation.STOP_IMAGE_BUILDER, request, one(request.name()),
                id -> service.stop(request, id));
    }

    @Override
    public DescribeImageBuildersResponse describeImageBuilders(DescribeImageBuildersRequest request) {
        Objects.requireNonNull(request, "describeImageBuildersRequest must not be null");
        return pipeline.call(FakeOperation.DESCRIBE_IMAGE_BUILDERS, request,
                request.names().stream().filter(Objects::nonNull).toList(), id -> service.describe(request, id));
    }

    @Override
    public DeleteImageBuilderResponse deleteImageBuilder(DeleteImageBuilderRequest request) {
        Objects.requireNonNull(request, "deleteImageBuilderRequest must not be null");
        return pipeline.call(FakeOperation.DELETE_IMAGE_BUILDER, request, one(request.name()),
                id -> service.delete(request, id));
    }

    private static List<String> one(String name) {
        return name == null ? List.of() : List.of(name);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** The fake owns nothing per client; closing the FakeAppStream is what ends it. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "FakeAppStreamClient";
    }
}
