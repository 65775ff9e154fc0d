package io.github.appstream4j;

import io.github.appstream4j.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link ImageBuilders#start(String, StartOptions)}; today only the agent version passed to
 * {@code StartImageBuilder}. Immutable and thread-safe.
 */
public final class StartOptions {
  /** The literal that asks the service for the newest AppStream agent. */
  public static final String LATEST_AGENT_VERSION = "[LATEST]";

  private static final StartOptions DEFAULTS = new Builder().build();

  private final String appstreamAgentVersion;

  private StartOptions(Builder b) {
    this.appstreamAgentVersion = b.appstreamAgentVersion;
  }

  /**
   * Returns the options used by {@link ImageBuilders#start(String)}: no agent version.
   *
   * @return the default options
   */
  public static StartOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder with no agent version.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with these options.
   *
   * @return a new builder, not thread-safe
   */
  public Builder toBuilder() {
    return new Builder().appstreamAgentVersionOrNull(appstreamAgentVersion);
  }

  /**
   * The {@code AppstreamAgentVersion} sent with {@code StartImageBuilder}, if any.
   *
   * @return the version, e.g. {@code "[LATEST]"}; empty to let the service keep the current one
   */
  public Optional<String> appstreamAgentVersion() {
    return Optional.ofNullable(appstreamAgentVersion);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StartOptions
        && Objects.equals(appstreamAgentVersion, ((StartOptions) o).appstreamAgentVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(appstreamAgentVersion);
  }

  @Override
  public String toString() {
    return "StartOptions{appstreamAgentVersion=" + appstreamAgentVersion + "}";
  }

  /** Builder of {@link StartOptions}; not thread-safe. */
  public static final class Builder {
    private String appstreamAgentVersion;

    private Builder() {
    }

    /**
     * Sets the agent version to start with (the service's {@code AppstreamAgentVersion}: 1 to 100
     * characters, not blank; {@value #LATEST_AGENT_VERSION} asks for the newest agent).
     *
     * @param appstreamAgentVersion the version
     * @return this builder
     * @throws NullPointerException if {@code appstreamAgentVersion} is null
     * @throws IllegalArgumentException if it is blank or longer than 100 characters
     */
    public Builder appstreamAgentVersion(String appstreamAgentVersion) {
      Checks.notNull(appstreamAgentVersion, "appstreamAgentVersion");
      if (appstreamAgentVersion.isBlank() || appstreamAgentVersion.length() > 100) {
        throw new IllegalArgumentException("appstreamAgentVersion must be 1 to 100 characters, not blank, "
            + "but was \"" + appstreamAgentVersion + "\" (" + appstreamAgentVersion.length()
            + " characters)");
      }
      this.appstreamAgentVersion = appstreamAgentVersion;
      return this;
    }

    private Builder appstreamAgentVersionOrNull(String version) {
      this.appstreamAgentVersion = version;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return new immutable options
     */
    public StartOptions build() {
      return new StartOptions(this);
    }
  }
}
