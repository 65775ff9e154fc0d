package io.github.appstream4j.cli.internal;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
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

/** One AppStream operation the CLI mirrors: its command name, request/response shapes and the SDK call. */
final class Operation {
    /** Members newer than SDK 2.40.2's request shape, sent by adding them to the JSON body. */
    static final String DISABLE_IMDSV1 = "DisableIMDSV1";

    static final Operation START = new Operation("start-image-builder", "StartImageBuilder",
            "Starts the specified image builder; with --wait, waits until it is RUNNING.",
            StartImageBuilderRequest::builder, StartImageBuilderResponse::builder,
            (c, r) -> c.startImageBuilder((StartImageBuilderRequest) r), Set.of(), List.of());
    static final Operation STOP = new Operation("stop-image-builder", "StopImageBuilder",
            "Stops the specified image builder; with --wait, waits until it is STOPPED.",
            StopImageBuilderRequest::builder, StopImageBuilderResponse::builder,
            (c, r) -> c.stopImageBuilder((StopImageBuilderRequest) r), Set.of(), List.of());
    static final Operation DESCRIBE = new Operation("describe-image-builders", "DescribeImageBuilders",
            "Describes the specified image builders, or all of them; pages are fetched and joined.",
            DescribeImageBuildersRequest::builder, DescribeImageBuildersResponse::builder,
            (c, r) -> c.describeImageBuilders((DescribeImageBuildersRequest) r), Set.of("MaxResults", "NextToken"),
            List.of());
    static final Operation CREATE = new Operation("create-image-builder", "CreateImageBuilder",
            "Creates an image builder; it starts in PENDING and moves to RUNNING.",
            CreateImageBuilderRequest::builder, CreateImageBuilderResponse::builder,
            (c, r) -> c.createImageBuilder((CreateImageBuilderRequest) r), Set.of(), List.of(DISABLE_IMDSV1));
    static final Operation DELETE = new Operation("delete-image-builder", "DeleteImageBuilder",
            "Deletes the specified image builder and releases its capacity.",
            DeleteImageBuilderRequest::builder, DeleteImageBuilderResponse::builder,
            (c, r) -> c.deleteImageBuilder((DeleteImageBuilderRequest) r), Set.of(), List.of());

    static final List<Operation> ALL = List.of(START, STOP, DESCRIBE, CREATE, DELETE);

    final String command;
    final String name;
    final String description;
    final Supplier<SdkPojo> request;
    final Supplier<SdkPojo> response;
    final BiFunction<AppStreamClient, SdkPojo, SdkPojo> call;
    /** Members that pagination options replace (still accepted, they turn pagination off). */
    final Set<String> paginationMembers;
    /** Boolean members the SDK's request shape lacks. */
    final List<String> extraBooleanMembers;

    @SuppressWarnings("unchecked")
    private Operation(String command, String name, String description, Supplier<?> request, Supplier<?> response,
            BiFunction<AppStreamClient, SdkPojo, SdkPojo> call, Set<String> paginationMembers,
            List<String> extraBooleanMembers) {
        this.command = command;
        this.name = name;
        this.description = description;
        this.request = (Supplier<SdkPojo>) request;
        this.response = (Supplier<SdkPojo>) response;
        this.call = call;
        this.paginationMembers = paginationMembers;
        this.extraBooleanMembers = extraBooleanMembers;
    }

    boolean paginated() {
        return !paginationMembers.isEmpty();
    }
}
