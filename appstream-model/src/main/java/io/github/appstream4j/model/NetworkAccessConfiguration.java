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
   * Returns whether the {@code EniIpv6Addresses} member is present, like the SDK's
   * {@code hasEniIpv6Addresses()}: always when {@link #eniIpv6Addresses()} has elements, and for an empty list
   * when it was set as present. It is not part of {@code equals}, {@code hashCode} or {@code toString};
   * {@code toBuilder()} keeps it.
   *
   * @return whether the member is present; by default, whether the list has elements
   */
  @Value.Default
  @Value.Auxiliary
  public boolean hasEniIpv6Addresses() {
    return !eniIpv6Addresses().isEmpty();
  }

  /**
   * Returns the resource identifier ({@code eni-xxxxxxxx}) of the elastic network interface.
   *
   * @return the network interface id, or empty when absent
   */
  public abstract Optional<String> eniId();

  // See ImageBuilder.normalize().
  @Value.Check
  NetworkAccessConfiguration normalize() {
    if (ListPresence.consistent(hasEniIpv6Addresses(), eniIpv6Addresses())) {
      return this;
    }
    return toBuilder().hasEniIpv6Addresses(true).build();
  }

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
