package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.appstream4j.testing.FakeOperation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.appstream4j.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class OperationCommandTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void start_whenStopped_printsTheAwsCliShapeWithFourSpacesAndIsoTimestamps() throws Exception {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.out).startsWith("{\n    \"ImageBuilder\": {\n        \"Name\": \"demo\",\n");
        JsonNode builder = json(r.out).get("ImageBuilder");
        assertThat(builder.get("State").asText()).isEqualTo("PENDING");
        assertThat(builder.get("CreatedTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00");
        assertThat(r.err).isEmpty();
    }

    @Test
    void start_withAgentVersion_sendsIt() {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        assertThat(cli.run("start-image-builder", "--name", "demo", "--appstream-agent-version", "[LATEST]").exitCode)
                .isZero();
        assertThat(cli.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).request().toString()).contains("[LATEST]");
    }

    @Test
    void start_unknownBuilder_printsServiceErrorAndExits254() {
        CliRunner.Result r = cli().run("start-image-builder", "--name", "nope");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).startsWith("\nAn error occurred (ResourceNotFoundException) when calling the "
                + "StartImageBuilder operation: ");
        assertThat(r.out).isEmpty();
    }

    @Test
    void start_withoutName_isUsageErrorExit252() {
        CliRunner.Result r = cli().run("start-image-builder");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).startsWith("usage: appstream").endsWith("appstream: error: the following arguments are "
                + "required: --name\n");
    }

    @Test
    void start_invalidName_isRejectedBeforeAnyRequest() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run("start-image-builder", "--name", "a b");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Parameter validation failed:\nInvalid value for parameter Name: must match "
                + "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"a b\"");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void describe_invalidNames_areEachReported_beforeAnyRequest() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run("describe-image-builders", "--names", "ok", "-bad", "also ok?");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("\nInvalid value for parameter Names[1]: must match "
                + "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"-bad\"\nInvalid value for parameter Names[2]: must "
                + "match ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"also ok?\"");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void create_local_createsTheNamedBuilder_insteadOfFindingItThere() {
        for (String name : new String[] {"b1", "demo"}) {
            CliRunner.Result r = cli().run("create-image-builder", "--name", name, "--instance-type",
                    "stream.standard.medium", "--image-name", "AppStream-WinServer2022", "--local", "--query",
                    "ImageBuilder.[Name,State]", "--output", "text");
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(r.out).isEqualTo(name + "\tPENDING\n");
        }
    }

    @Test
    void version_afterAnyCommand_printsTheVersionAndSendsNothing() {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        String[][] commands = {{"start-image-builder", "--version"}, {"stop-image-builder", "--name", "demo",
            "--version"}, {"describe-image-builders", "--version"}, {"wait", "image-builder-running", "--version"},
            {"emulator", "--version"}, {"--region", "eu-west-1", "create-image-builder", "--version"}};
        for (String[] command : commands) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.exitCode).as(r.toString()).isZero();
            assertThat(r.out).matches("appstream/\\S+ Java/\\S+ \\S+/\\S+ exe/\\S+\n");
            assertThat(r.err).isEmpty();
        }
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void unknownOption_isUsageErrorExit252() {
        CliRunner.Result r = cli().run("start-image-builder", "--name", "demo", "--bogus");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("appstream: error: Unknown option: '--bogus'");
    }

    @Test
    void noCommand_isUsageErrorExit252() {
        CliRunner.Result r = cli().run();
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("the following arguments are required: command");
    }

    @Test
    void help_printsUsageOfTheCommandAndExits0() {
        CliRunner.Result r = cli().run("start-image-builder", "--help");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).contains("--name", "--appstream-agent-version", "--wait", "--cli-input-json");
        CliRunner.Result viaHelp = cli().run("help", "create-image-builder");
        assertThat(viaHelp.exitCode).isZero();
        assertThat(viaHelp.out).contains("--vpc-config", "--no-enable-default-internet-access", "--disable-imdsv1");
    }

    @Test
    void stop_whenRunning_printsStopping() throws Exception {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.RUNNING).run("stop-image-builder", "--name", "demo");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(json(r.out).at("/ImageBuilder/State").asText()).isEqualTo("STOPPING");
    }

    @Test
    void stop_whenStopped_isServiceError254() {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.STOPPED).run("stop-image-builder", "--name", "demo");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).contains("(OperationNotPermittedException) when calling the StopImageBuilder operation");
    }

    @Test
    void delete_whenStopped_printsDeleting() throws Exception {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.STOPPED).run("delete-image-builder", "--name", "demo");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(json(r.out).at("/ImageBuilder/State").asText()).isEqualTo("DELETING");
    }

    @Test
    void create_everyMember_shorthandAndJson_reachTheService() throws Exception {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run("create-image-builder", "--name", "b1", "--image-name", "AppStream-WinServer2022",
                "--instance-type", "stream.standard.medium", "--description", "d", "--display-name", "B 1",
                "--vpc-config", "SubnetIds=subnet-1,SecurityGroupIds=sg-1,sg-2",
                "--iam-role-arn", "arn:aws:iam::123456789012:role/r", "--no-enable-default-internet-access",
                "--domain-join-info", "{\"DirectoryName\": \"corp.example.com\", "
                        + "\"OrganizationalUnitDistinguishedName\": \"OU=a,DC=corp\"}",
                "--appstream-agent-version", "[LATEST]", "--tags", "team=img,env=dev",
                "--access-endpoints", "EndpointType=STREAMING,VpceId=vpce-1",
                "--root-volume-config", "VolumeSizeInGb=300", "--softwares-to-install", "a", "b",
                "--softwares-to-uninstall", "[\"c\"]", "--disable-imdsv1");
        assertThat(r.exitCode).as(r.toString()).isZero();
        ImageBuilder created = cli.fake.imageBuilder("b1").orElseThrow();
        assertThat(created.vpcConfig().orElseThrow().subnetIds()).containsExactly("subnet-1");
        assertThat(created.vpcConfig().orElseThrow().securityGroupIds()).containsExactly("sg-1", "sg-2");
        assertThat(created.enableDefaultInternetAccess()).contains(false);
        assertThat(created.domainJoinInfo().orElseThrow().organizationalUnitDistinguishedName()).contains("OU=a,DC=corp");
        assertThat(created.accessEndpoints().get(0).vpceId()).contains("vpce-1");
        assertThat(created.rootVolumeConfig().orElseThrow().volumeSizeInGb()).contains(300);
        assertThat(created.displayName()).contains("B 1");
        String request = cli.fake.journal(FakeOperation.CREATE_IMAGE_BUILDER).get(0).request().toString();
        assertThat(request).contains("team", "img", "SoftwaresToInstall=[a, b]", "SoftwaresToUninstall=[c]");
        assertThat(json(r.out).at("/ImageBuilder/State").asText()).isEqualTo("PENDING");
    }

    @Test
    void create_withoutRequiredMembers_namesBothOptions() {
        CliRunner.Result r = cli().run("create-image-builder", "--image-name", "x");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("the following arguments are required: --name, --instance-type");
    }

    @Test
    void create_badShorthand_isParseError252() {
        CliRunner.Result r = cli().run("create-image-builder", "--name", "b", "--instance-type", "t",
                "--vpc-config", "SubnetIds");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Error parsing parameter '--vpc-config': Expected: '=', received: 'EOF'");
    }

    @Test
    void create_badJson_isParseError252() {
        CliRunner.Result r = cli().run("create-image-builder", "--name", "b", "--instance-type", "t",
                "--vpc-config", "{\"SubnetIds\": [");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Error parsing parameter '--vpc-config': Invalid JSON");
    }

    @Test
    void create_wrongTypeAndUnknownMember_reportsAllProblems() {
        CliRunner.Result r = cli().run("create-image-builder", "--name", "b", "--instance-type", "t",
                "--vpc-config", "{\"SubnetIds\": \"s\", \"Bogus\": 1}");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Parameter validation failed:",
                "Invalid type for parameter VpcConfig.SubnetIds, value: \"s\", type: string, valid types: list",
                "Unknown parameter in VpcConfig: \"Bogus\", must be one of: SubnetIds, SecurityGroupIds");
    }

    @Test
    void create_bothBooleanForms_isUsageError() {
        CliRunner.Result r = cli().run("create-image-builder", "--name", "b", "--instance-type", "t",
                "--enable-default-internet-access", "--no-enable-default-internet-access");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("not allowed with argument --enable-default-internet-access");
    }

    @Test
    void parameterValue_fileUrl_readsTheFile() {
        CliRunner cli = cli();
        cli.file("vpc.json", "{\"SubnetIds\": [\"subnet-9\"]}");
        assertThat(cli.run("create-image-builder", "--name", "b", "--instance-type", "t", "--image-name", "img",
                "--vpc-config", "file://vpc.json").exitCode).isZero();
        assertThat(cli.fake.imageBuilder("b").orElseThrow().vpcConfig().orElseThrow().subnetIds()).containsExactly("subnet-9");
        CliRunner.Result missing = cli.run("delete-image-builder", "--name", "file://nope.txt");
        assertThat(missing.exitCode).isEqualTo(252);
        assertThat(missing.err).contains("Unable to load paramfile file://nope.txt");
    }
}
