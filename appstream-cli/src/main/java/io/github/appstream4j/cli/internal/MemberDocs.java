package io.github.appstream4j.cli.internal;

import java.util.Map;

/** One-line descriptions of the members, for option help and the yaml-input skeleton. */
final class MemberDocs {
    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("Name", "The name of the image builder."),
            Map.entry("Names", "The names of the image builders to describe (all when omitted)."),
            Map.entry("AppstreamAgentVersion", "The AppStream agent version to use; [LATEST] for the newest."),
            Map.entry("ImageName", "The name of the image used to create the image builder."),
            Map.entry("ImageArn", "The ARN of the public, private, or shared image to use."),
            Map.entry("InstanceType", "The instance type, e.g. stream.standard.medium."),
            Map.entry("Description", "The description to display (at most 256 characters)."),
            Map.entry("DisplayName", "The name to display (at most 100 characters)."),
            Map.entry("VpcConfig", "SubnetIds=string,string,SecurityGroupIds=string,string (one subnet)."),
            Map.entry("SubnetIds", "The identifiers of the subnets."),
            Map.entry("SecurityGroupIds", "The identifiers of the security groups (at most 5)."),
            Map.entry("IamRoleArn", "The ARN of the IAM role applied to the image builder."),
            Map.entry("EnableDefaultInternetAccess", "Enables or disables default internet access."),
            Map.entry("DomainJoinInfo", "DirectoryName=string,OrganizationalUnitDistinguishedName=string."),
            Map.entry("DirectoryName", "The fully qualified name of the directory, e.g. corp.example.com."),
            Map.entry("OrganizationalUnitDistinguishedName", "The distinguished name of the organizational unit."),
            Map.entry("Tags", "Key=Value pairs to tag the image builder with (1 to 50)."),
            Map.entry("AccessEndpoints", "EndpointType=STREAMING,VpceId=string ... (1 to 4 interface VPC endpoints)."),
            Map.entry("EndpointType", "The type of interface endpoint."),
            Map.entry("VpceId", "The identifier of the interface VPC endpoint."),
            Map.entry("RootVolumeConfig", "VolumeSizeInGb=integer (200 to 500, default 200)."),
            Map.entry("VolumeSizeInGb", "The size of the root volume in GB."),
            Map.entry("SoftwaresToInstall", "The software packages to install."),
            Map.entry("SoftwaresToUninstall", "The software packages to uninstall."),
            Map.entry("DisableIMDSV1", "Disables IMDSv1 on the instance (sent even though SDK 2.40.2 lacks it)."),
            Map.entry("MaxResults", "The page size of a single call (turns automatic pagination off)."),
            Map.entry("NextToken", "The token of the page to fetch (turns automatic pagination off)."));

    private MemberDocs() {
    }

    static String describe(String member) {
        return DOCS.getOrDefault(member, "");
    }
}
