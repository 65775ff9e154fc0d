package io.github.appstream4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root volume configuration of an image builder ({@code VolumeConfig} in the service).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
@Value.Immutable
public abstract class VolumeConfig {

  VolumeConfig() {}

  /**
   * Returns the size of the root volume in GB. The service documents 200 to 500 GB, 200 being the
   * default; the model does not check the range.
   *
   * @return the size, or empty when absent
   */
  public abstract Optional<Integer> volumeSizeInGb();

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

  /** Builds {@link VolumeConfig} values; not thread-safe, reusable after {@code build()}. */
  public static final class Builder extends ImmutableVolumeConfig.Builder {
    Builder() {}
  }
}
