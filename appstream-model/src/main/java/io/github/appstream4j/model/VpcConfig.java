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
   * Returns whether the {@code SubnetIds} member is present, like the SDK's {@code hasSubnetIds()}: always
   * when {@link #subnetIds()} has elements, and for an empty list when it was set as present. It is not part
   * of {@code equals}, {@code hashCode} or {@code toString}; {@code toBuilder()} keeps it.
   *
   * @return whether the member is present; by default, whether the list has elements
   */
  @Value.Default
  @Value.Auxiliary
  public boolean hasSubnetIds() {
    return !subnetIds().isEmpty();
  }

  /**
   * Returns the identifiers of the security groups of the builder (at most 5 in the service).
   *
   * @return the security group ids, an unmodifiable list, empty when absent
   */
  public abstract List<String> securityGroupIds();

  /**
   * Returns whether the {@code SecurityGroupIds} member is present, like the SDK's
   * {@code hasSecurityGroupIds()}: always when {@link #securityGroupIds()} has elements, and for an empty list
   * when it was set as present. It is not part of {@code equals}, {@code hashCode} or {@code toString};
   * {@code toBuilder()} keeps it.
   *
   * @return whether the member is present; by default, whether the list has elements
   */
  @Value.Default
  @Value.Auxiliary
  public boolean hasSecurityGroupIds() {
    return !securityGroupIds().isEmpty();
  }

  // See ImageBuilder.normalize().
  @Value.Check
  VpcConfig normalize() {
    if (ListPresence.consistent(hasSubnetIds(), subnetIds())
        && ListPresence.consistent(hasSecurityGroupIds(), securityGroupIds())) {
      return this;
    }
    return toBuilder()
        .hasSubnetIds(ListPresence.present(hasSubnetIds(), subnetIds()))
        .hasSecurityGroupIds(ListPresence.present(hasSecurityGroupIds(), securityGroupIds()))
        .build();
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

  /** Builds {@link VpcConfig} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableVpcConfig.Builder {
    Builder() {}
  }
}
