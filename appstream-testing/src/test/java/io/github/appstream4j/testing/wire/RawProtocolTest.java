package io.github.appstream4j.testing.wire;

import static io.github.appstream4j.testing.wire.WireFixtures.JSON_11;
import static io.github.appstream4j.testing.wire.WireFixtures.PREFIX;
import static io.github.appstream4j.testing.wire.WireFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.github.appstream4j.testing.LocalAppStreamServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.StartImageBuilderRequest;

/** The wire format byte by byte, as botocore and the AWS CLI see it: raw HTTP requests, raw answers. */
class RawProtocolTest {
    private static final String DESCRIBE = PREFIX + "DescribeImageBuilders";

    private final AppStreamClient served = mock(AppStreamClient.class);
    private LocalAppStreamServer server;
    private URI endpoint;

    @BeforeAll
    static void quiet() {
        WireFixtures.quietLogs();
    }

    @BeforeEach
    void start() {
        when(served.describeImageBuilders(any(DescribeImageBuildersRequest.class))).thenReturn(
                DescribeImageBuildersResponse.builder().imageBuilders(ImageBuilder.builder().name("b")
                        .state("RUNNING").createdTime(Instant.ofEpochMilli(1_700_000_000_250L)).build()).build());
        server = LocalAppStreamServer.builder().client(served).build().start();
        endpoint = server.endpoint();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void describe_answers200WithModelMemberNamesEpochSecondsAndRequestId() {
        HttpResponse<String> response = post(endpoint, DESCRIBE, JSON_11, "{\"Names\":[\"b\"],\"MaxResults\":5}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_11);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().isNotBlank();
        assertThat(response.body()).isEqualTo(
                "{\"ImageBuilders\":[{\"Name\":\"b\",\"State\":\"RUNNING\",\"CreatedTime\":1700000000.250}]}");
        verify(served).describeImageBuilders(DescribeImageBuildersRequest.builder().names("b").maxResults(5).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{}", "{\"Names\":null}", "{\"Unknown\":{\"deep\":[1,2]}}"})
    void describe_emptyNullOrUnknownMembers_isTheEmptyRequest(String body) {
        HttpResponse<String> response = post(endpoint, DESCRIBE, JSON_11, body);

        assertThat(response.statusCode()).isEqualTo(200);
        verify(served).describeImageBuilders(DescribeImageBuildersRequest.builder().build());
    }

    @Test
    void contentType_withCharsetAndOtherCase_isAccepted() {
        assertThat(post(endpoint, DESCRIBE, "Application/X-Amz-Json-1.1; charset=UTF-8", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void target_missing_isUnknownOperation() {
        assertError(post(endpoint, null, JSON_11, "{}"), 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PhotonAdminProxyService.DescribeFleets", "PhotonAdminProxyService.describeImageBuilders",
            "DynamoDB_20120810.ListTables", "DescribeImageBuilders", "PhotonAdminProxyService.", ""})
    void target_unknown_isUnknownOperation(String target) {
        HttpResponse<String> response = assertError(post(endpoint, target, JSON_11, "{}"), 400, "UnknownOperationException");

        assertThat(message(response)).contains("is not served");
        verifyNoInteractions(served);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-amz-json-1.0", "text/plain", "application/cbor"})
    void contentType_wrong_isRejected(String contentType) {
        assertError(post(endpoint, DESCRIBE, contentType, "{}"), 400, "UnknownOperationException");
        verifyNoInteractions(served);
    }

    @Test
    void contentType_missing_isRejected() {
        assertError(post(endpoint, DESCRIBE, null, "{}"), 400, "UnknownOperationException");
    }

    @Test
    void method_get_isRejected() {
        HttpResponse<String> response = WireFixtures.send(HttpRequest.newBuilder(endpoint).GET()
                .header("X-Amz-Target", DESCRIBE).header("Content-Type", JSON_11).build());

        assertError(response, 400, "UnknownOperationException");
    }

    @Test
    void path_other_isRejected() {
        assertError(post(endpoint.resolve("/service/PhotonAdminProxyService/operation/DescribeImageBuilders"),
                DESCRIBE, JSON_11, "{}"), 400, "UnknownOperationException");
    }

    @Test
    void requestTarget_thatJavaNetUriRejects_isAnsweredByTheJdkServerWith400() {
        // a limit of com.sun.net.httpserver: it parses the request target before any handler can answer
        HttpResponse<String> response = WireFixtures.send(HttpRequest.newBuilder(URI.create(endpoint + "//"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(post(endpoint, DESCRIBE, JSON_11, "{}").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"Names\":[\"a\"]", "[]", "\"text\"", "42", "null", "{} {}", "{\"Names\":['a']}",
            "{\"Names\":[\"a\",]}", "\u0000", "{\"MaxResults\":NaN}"})
    void body_malformedOrNotAnObject_isSerializationException(String body) {
        assertError(post(endpoint, DESCRIBE, JSON_11, body), 400, "SerializationException");
        verifyNoInteractions(served);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Names\":\"b\"}", "{\"Names\":[1]}", "{\"Names\":[null]}", "{\"Names\":[[\"b\"]]}",
            "{\"MaxResults\":\"5\"}", "{\"MaxResults\":1.5}", "{\"MaxResults\":2147483648}",
            "{\"MaxResults\":1e999999}", "{\"MaxResults\":1e-999999}", "{\"MaxResults\":true}", "{\"NextToken\":{}}"})
    void member_wrongJsonType_isSerializationExceptionNamingTheMember(String body) {
        HttpResponse<String> response = assertError(post(endpoint, DESCRIBE, JSON_11, body), 400, "SerializationException");

        assertThat(message(response)).containsAnyOf("Names", "MaxResults", "NextToken");
        verifyNoInteractions(served);
    }

    @Test
    void member_integralFloat_isAcceptedAsInteger() {
        assertThat(post(endpoint, DESCRIBE, JSON_11, "{\"MaxResults\":7.0}").statusCode()).isEqualTo(200);
        verify(served).describeImageBuilders(DescribeImageBuildersRequest.builder().maxResults(7).build());
    }

    @Test
    void nestedMember_wrongType_namesItsPath() {
        HttpResponse<String> response = assertError(post(endpoint, PREFIX + "CreateImageBuilder", JSON_11,
                "{\"Name\":\"b\",\"VpcConfig\":{\"SubnetIds\":[\"s\",7]}}"), 400, "SerializationException");

        assertThat(message(response)).contains("VpcConfig.SubnetIds[1]");
    }

    @Test
    void body_deeplyNested_isSerializationException() {
        String body = "{\"Names\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertError(post(endpoint, DESCRIBE, JSON_11, body), 400, "SerializationException");
    }

    @Test
    void body_oversized_isValidationExceptionAndServerKeepsServing() {
        String body = "{\"NextToken\":\"" + "x".repeat(2 << 20) + "\"}";

        assertError(post(endpoint, DESCRIBE, JSON_11, body), 400, "ValidationException");
        assertThat(post(endpoint, DESCRIBE, JSON_11, "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void unicode_inMembers_roundTrips() {
        when(served.startImageBuilder(any(StartImageBuilderRequest.class)))
                .thenThrow(WireFixtures.serviceError("ResourceNotFoundException", 404, "Builder 名前 ✓ \uD83D\uDE00 not found"));

        HttpResponse<String> response = post(endpoint, PREFIX + "StartImageBuilder", JSON_11,
                "{\"Name\":\"名前 ✓ \\uD83D\\uDE00\"}");

        assertError(response, 404, "ResourceNotFoundException");
        assertThat(message(response)).isEqualTo("Builder 名前 ✓ \uD83D\uDE00 not found");
        verify(served).startImageBuilder(StartImageBuilderRequest.builder().name("名前 ✓ \uD83D\uDE00").build());
    }

    @Test
    void errorBody_isExactlyTypeAndMessage() {
        HttpResponse<String> response = post(endpoint, null, JSON_11, "{}");

        assertThat(JsonNode.parser().parse(response.body()).asObject().keySet()).containsExactly("__type", "message");
    }

    static HttpResponse<String> assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(code);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().isNotBlank();
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_11);
        Map<String, JsonNode> body = JsonNode.parser().parse(response.body()).asObject();
        assertThat(body.get("__type").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).isNotBlank();
        return response;
    }

    static String message(HttpResponse<String> response) {
        return JsonNode.parser().parse(response.body()).field("message").map(JsonNode::asString).orElse("");
    }
}
