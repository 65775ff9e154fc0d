package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireEnumsTest {

  private record WireEnum<E extends Enum<E>>(Class<E> type, Function<String, E> fromValue, List<String> wire) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static final List<WireEnum<?>> ENUMS = List.of(
      new WireEnum<>(ImageBuilderState.class, ImageBuilderState::fromValue, List.of("PENDING",
          "UPDATING_AGENT", "RUNNING", "STOPPING", "STOPPED", "REBOOTING", "SNAPSHOTTING", "DELETING",
          "FAILED", "UPDATING", "PENDING_QUALIFICATION", "PENDING_SYNCING_APPS", "SYNCING_APPS",
          "PENDING_IMAGE_IMPORT")),
      new WireEnum<>(PlatformType.class, PlatformType::fromValue, List.of("WINDOWS", "WINDOWS_SERVER_2016",
          "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022", "WINDOWS_SERVER_2025", "AMAZON_LINUX2", "RHEL8",
          "ROCKY_LINUX8", "UBUNTU_PRO_2404")),
      new WireEnum<>(StateChangeReasonCode.class, StateChangeReasonCode::fromValue,
          List.of("INTERNAL_ERROR", "IMAGE_UNAVAILABLE")),
      new WireEnum<>(AccessEndpointType.class, AccessEndpointType::fromValue, List.of("STREAMING")),
      new WireEnum<>(LatestAppstreamAgentVersion.class, LatestAppstreamAgentVersion::fromValue,
          List.of("TRUE", "FALSE")),
      new WireEnum<>(FleetErrorCode.class, FleetErrorCode::fromValue, List.of(
          "IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION", "IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION",
          "IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION", "NETWORK_INTERFACE_LIMIT_EXCEEDED",
          "INTERNAL_SERVICE_ERROR", "IAM_SERVICE_ROLE_IS_MISSING", "MACHINE_ROLE_IS_MISSING",
          "STS_DISABLED_IN_REGION", "SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES",
          "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION", "SUBNET_NOT_FOUND", "IMAGE_NOT_FOUND",
          "INVALID_SUBNET_CONFIGURATION", "SECURITY_GROUPS_NOT_FOUND", "IGW_NOT_ATTACHED",
          "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION", "FLEET_STOPPED",
          "FLEET_INSTANCE_PROVISIONING_FAILURE", "DOMAIN_JOIN_ERROR_FILE_NOT_FOUND",
          "DOMAIN_JOIN_ERROR_ACCESS_DENIED", "DOMAIN_JOIN_ERROR_LOGON_FAILURE",
          "DOMAIN_JOIN_ERROR_INVALID_PARAMETER", "DOMAIN_JOIN_ERROR_MORE_DATA",
          "DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN", "DOMAIN_JOIN_ERROR_NOT_SUPPORTED",
          "DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME", "DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED",
          "DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED", "DOMAIN_JOIN_NERR_PASSWORD_EXPIRED",
          "DOMAIN_JOIN_INTERNAL_SERVICE_ERROR", "VALIDATION_ERROR")));

  static Stream<WireEnum<?>> enums() {
    return ENUMS.stream();
  }

  static Stream<Arguments> everyConstant() {
    return ENUMS.stream().flatMap(e -> Stream.of(e.type().getEnumConstants()).map(c -> Arguments.of(e, c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void values_allButUnknown_areTheServiceWireValues(WireEnum<?> e) {
    assertThat(Stream.of(e.type().getEnumConstants()).map(Object::toString))
        .containsExactlyElementsOf(Stream.concat(e.wire().stream(), Stream.of("UNKNOWN")).toList());
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("everyConstant")
  void fromValue_toStringOfConstant_returnsConstant(WireEnum<?> e, Enum<?> constant) {
    assertThat(e.fromValue().apply(constant.toString())).isSameAs(constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void fromValue_unknownString_returnsUnknown(WireEnum<?> e) {
    Object unknown = Enum.valueOf(e.type(), "UNKNOWN");

    assertThat(e.fromValue().apply("SOMETHING_NEW_IN_2030")).isSameAs(unknown);
    assertThat(e.fromValue().apply("")).isSameAs(unknown);
    assertThat(e.fromValue().apply(e.wire().get(0).toLowerCase(java.util.Locale.ROOT))).isSameAs(unknown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void fromValue_null_returnsNull(WireEnum<?> e) {
    assertThat(e.fromValue().apply(null)).isNull();
  }
}
