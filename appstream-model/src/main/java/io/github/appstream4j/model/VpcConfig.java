package io.github.appstream4j.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The VPC configuration of an image builder ({@code VpcConfig} in the service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class VpcConfig {

  VpcConfig() {}

  /**
   * Returns the identifiers of the subnets to which the builder's network interface is attached; an image
   * builder uses one subnet.
   *
   * @return the subnet ids, an unmodifiable list, empty when absent
   */
  public abstract List<String> subnetIds();

  /**
   * Returns the identifiers of the security groups of the builder (at most 5 in the service).
   *
   * @return the security group ids, an unmodifiable list, empty when absent
   */
  public abstract List<String> securityGroupIds();

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

  /** Builds {@link VpcConfig} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableVpcConfig.Builder {
    Builder() {}
  }
}
