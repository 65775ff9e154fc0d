package io.github.appstream4j.model;

import java.util.Map;

/**
 * The code of a resource error of an image builder ({@code ResourceError.ErrorCode}, shape {@code
 * FleetErrorCode}).
 *
 * <p>Values the service adds after this library was released map to {@link #UNKNOWN}; the model keeps the
 * raw string (see {@link ResourceError#errorCodeAsString()}). {@link #toString()} returns the wire value
 * (for {@code UNKNOWN}, the text {@code "UNKNOWN"}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum FleetErrorCode {
  /** The wire value {@code IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION}. */
  IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION,
  /** The wire value {@code IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION}. */
  IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION,
  /** The wire value {@code IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION}. */
  IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION,
  /** The wire value {@code NETWORK_INTERFACE_LIMIT_EXCEEDED}. */
  NETWORK_INTERFACE_LIMIT_EXCEEDED,
  /** The wire value {@code INTERNAL_SERVICE_ERROR}. */
  INTERNAL_SERVICE_ERROR,
  /** The wire value {@code IAM_SERVICE_ROLE_IS_MISSING}. */
  IAM_SERVICE_ROLE_IS_MISSING,
  /** The wire value {@code MACHINE_ROLE_IS_MISSING}. */
  MACHINE_ROLE_IS_MISSING,
  /** The wire value {@code STS_DISABLED_IN_REGION}. */
  STS_DISABLED_IN_REGION,
  /** The wire value {@code SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES}. */
  SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES,
  /** The wire value {@code IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION}. */
  IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION,
  /** The wire value {@code SUBNET_NOT_FOUND}. */
  SUBNET_NOT_FOUND,
  /** The wire value {@code IMAGE_NOT_FOUND}. */
  IMAGE_NOT_FOUND,
  /** The wire value {@code INVALID_SUBNET_CONFIGURATION}. */
  INVALID_SUBNET_CONFIGURATION,
  /** The wire value {@code SECURITY_GROUPS_NOT_FOUND}. */
  SECURITY_GROUPS_NOT_FOUND,
  /** The wire value {@code IGW_NOT_ATTACHED}. */
  IGW_NOT_ATTACHED,
  /** The wire value {@code IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION}. */
  IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION,
  /** The wire value {@code FLEET_STOPPED}. */
  FLEET_STOPPED,
  /** The wire value {@code FLEET_INSTANCE_PROVISIONING_FAILURE}. */
  FLEET_INSTANCE_PROVISIONING_FAILURE,
  /** The wire value {@code DOMAIN_JOIN_ERROR_FILE_NOT_FOUND}. */
  DOMAIN_JOIN_ERROR_FILE_NOT_FOUND,
  /** The wire value {@code DOMAIN_JOIN_ERROR_ACCESS_DENIED}. */
  DOMAIN_JOIN_ERROR_ACCESS_DENIED,
  /** The wire value {@code DOMAIN_JOIN_ERROR_LOGON_FAILURE}. */
  DOMAIN_JOIN_ERROR_LOGON_FAILURE,
  /** The wire value {@code DOMAIN_JOIN_ERROR_INVALID_PARAMETER}. */
  DOMAIN_JOIN_ERROR_INVALID_PARAMETER,
  /** The wire value {@code DOMAIN_JOIN_ERROR_MORE_DATA}. */
  DOMAIN_JOIN_ERROR_MORE_DATA,
  /** The wire value {@code DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN}. */
  DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN,
  /** The wire value {@code DOMAIN_JOIN_ERROR_NOT_SUPPORTED}. */
  DOMAIN_JOIN_ERROR_NOT_SUPPORTED,
  /** The wire value {@code DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME}. */
  DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME,
  /** The wire value {@code DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED}. */
  DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED,
  /** The wire value {@code DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED}. */
  DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED,
  /** The wire value {@code DOMAIN_JOIN_NERR_PASSWORD_EXPIRED}. */
  DOMAIN_JOIN_NERR_PASSWORD_EXPIRED,
  /** The wire value {@code DOMAIN_JOIN_INTERNAL_SERVICE_ERROR}. */
  DOMAIN_JOIN_INTERNAL_SERVICE_ERROR,
  /** The wire value {@code VALIDATION_ERROR}. */
  VALIDATION_ERROR,
  /** A value this version of the library does not know; the raw value is kept by the model. */
  UNKNOWN;

  private static final Map<String, FleetErrorCode> BY_VALUE = WireEnums.index(values(), UNKNOWN);

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value; may be {@code null}
   * @return the matching constant, {@link #UNKNOWN} for a value this version does not know, or {@code null}
   *     when {@code value} is {@code null}
   */
  public static FleetErrorCode fromValue(String value) {
    return WireEnums.fromValue(BY_VALUE, value, UNKNOWN);
  }
}
