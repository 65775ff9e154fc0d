package io.github.appstream4j.internal;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.AppStreamClientBuilder;

/** The SDK client the facade builds for itself: default chains, SDK retries off (Resilience4j retries). */
public final class DefaultClients {
  private DefaultClients() {
  }

  /** A client builder from the default region and credentials chains, with SDK retries off. */
  public static AppStreamClientBuilder builder() {
    return AppStreamClient.builder().overrideConfiguration(ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.doNotRetry()).build());
  }
}
