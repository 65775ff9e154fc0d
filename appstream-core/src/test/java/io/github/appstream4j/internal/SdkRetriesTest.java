package io.github.appstream4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.appstream4j.ImageBuilderRetriesExhaustedException;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.AppStreamClientBuilder;

/** Counts the HTTP requests behind one facade call against a local server that always answers 503. */
class SdkRetriesTest {
  private static final RetryPolicy THREE_QUICK =
      RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private URI endpoint;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      byte[] body = "{\"__type\":\"ServiceUnavailable\",\"message\":\"down\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.sendResponseHeaders(503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private AppStreamClientBuilder configured(AppStreamClientBuilder b) {
    return b.endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
  }

  @Test
  void defaultClient_sdkRetriesOff_onlyRetryPolicyAttemptsReachTheServer() {
    try (ImageBuilders builders = DefaultImageBuildersBuilder
        .withOwnedClient(() -> configured(DefaultClients.builder()).build())
        .retryPolicy(THREE_QUICK).build()) {
      assertThatThrownBy(() -> builders.get("b1"))
          .isInstanceOfSatisfying(ImageBuilderRetriesExhaustedException.class,
              e -> assertThat(e.attempts()).isEqualTo(3));
    }
    System.out.println("SDK retries off: 3 RetryPolicy attempts -> " + requests.get() + " HTTP requests");
    assertThat(requests.get()).isEqualTo(3);
  }

  @Test
  void create_buildsClientWithSdkRetriesOff() {
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "secret");
    System.setProperty("aws.endpointUrl", endpoint.toString());
    try (ImageBuilders builders = ImageBuilders.create()) {
      assertThatThrownBy(() -> builders.get("b1")).isInstanceOf(ImageBuilderRetriesExhaustedException.class);
    } finally {
      for (String p : new String[] {"aws.region", "aws.accessKeyId", "aws.secretAccessKey", "aws.endpointUrl"}) {
        System.clearProperty(p);
      }
    }
    System.out.println("ImageBuilders.create(): " + RetryPolicy.defaults().maxAttempts() + " attempts -> "
        + requests.get() + " HTTP requests");
    assertThat(requests.get()).isEqualTo(RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void callersClient_keepsSdkRetries_andTheyMultiply() {
    try (AppStreamClient sdk = configured(AppStreamClient.builder())
            .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)).build();
        ImageBuilders builders = ImageBuilders.builder().client(sdk).retryPolicy(
            THREE_QUICK.toBuilder().maxAttempts(2).build()).build()) {
      assertThatThrownBy(() -> builders.get("b1")).isInstanceOf(ImageBuilderRetriesExhaustedException.class);
    }
    System.out.println("caller's client (SDK standard, 3 attempts) x 2 RetryPolicy attempts -> "
        + requests.get() + " HTTP requests");
    assertThat(requests.get()).isEqualTo(6);
  }
}
