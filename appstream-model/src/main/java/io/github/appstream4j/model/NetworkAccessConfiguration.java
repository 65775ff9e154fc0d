package io.github.appstream4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The network details of an image builder instance ({@code NetworkAccessConfiguration} in the service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class NetworkAccessConfiguration {

  NetworkAccessConfiguration() {}

  /**
   * Returns the private IP address of the elastic network interface attached to the instance in your VPC.
   *
   * @return the private IP address, or empty when absent
   */
  public abstract Optional<String> eniPrivateIpAddress();

  /**
   * Returns the IPv6 addresses assigned to the elastic network interface.
   *
   * @return the IPv6 addresses, an unmodifiable list, empty when absent
   */
  public abstract List<String> eniIpv6Addresses();

  /**
   * Returns the resource identifier ({@code eni-xxxxxxxx}) of the elastic network interface.
   *
   * @return the network interface id, or empty when absent
   */
  public abstract Optional<String> eniId();

  /**
   * Returns a new, empty builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with every member of this value.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link NetworkAccessConfiguration} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableNetworkAccessConfiguration.Builder {
    Builder() {}
  }
}
