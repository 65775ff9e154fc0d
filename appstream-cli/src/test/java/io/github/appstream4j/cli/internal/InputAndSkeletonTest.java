package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.appstream4j.testing.FakeOperation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.appstream.model.CreateImageBuilderRequest;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class InputAndSkeletonTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home).given("demo", ImageBuilderState.STOPPED);
    }

    @Test
    void skeletonInput_listsEveryMemberOfTheRequest_withoutSending() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run("start-image-builder", "--generate-cli-skeleton");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).isEqualTo("{\n    \"Name\": \"\",\n    \"AppstreamAgentVersion\": \"\"\n}\n");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void skeletonInput_filledIn_roundTripsThroughCliInputJson() throws Exception {
        CliRunner cli = cli();
        ObjectNode skeleton = (ObjectNode) new ObjectMapper().readTree(
                cli.run("create-image-builder", "--generate-cli-skeleton", "input").out);
        assertThat(skeleton.size()).isEqualTo(CreateImageBuilderRequest.builder().build().sdkFields().size() + 1);
        skeleton.put("Name", "b2").put("InstanceType", "stream.standard.large").put("ImageName", "img")
                .remove("ImageArn");
        skeleton.put("IamRoleArn", "arn:aws:iam::123456789012:role/r").put("AppstreamAgentVersion", "[LATEST]");
        ((ObjectNode) skeleton.get("RootVolumeConfig")).put("VolumeSizeInGb", 200);
        cli.file("input.json", skeleton.toString());
        CliRunner.Result r = cli.run("create-image-builder", "--cli-input-json", "file://input.json");
        assertThat(r.exitCode).as(r.toString()).isZero();
        CreateImageBuilderRequest sent = (CreateImageBuilderRequest) cli.fake.journal(FakeOperation.CREATE_IMAGE_BUILDER)
                .get(0).request();
        assertThat(sent.name()).isEqualTo("b2");
        assertThat(sent.accessEndpoints().get(0).endpointTypeAsString()).isEqualTo("STREAMING");
        assertThat(sent.tags()).containsEntry("KeyName", "");
        assertThat(sent.enableDefaultInternetAccess()).isTrue();
    }

    @Test
    void skeletonYamlInput_marksRequiredMembers_andRoundTripsThroughCliInputYaml() {
        CliRunner cli = cli();
        CliRunner.Result skeleton = cli.run("start-image-builder", "--generate-cli-skeleton", "yaml-input");
        assertThat(skeleton.out).startsWith("Name: ''  # [REQUIRED] The name of the image builder.\n");
        cli.file("input.yaml", skeleton.out.replace("Name: ''", "Name: demo").replace("AppstreamAgentVersion: ''",
                "AppstreamAgentVersion: '[LATEST]'"));
        CliRunner.Result r = cli.run("start-image-builder", "--cli-input-yaml", "file://input.yaml");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(cli.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).request().toString()).contains("[LATEST]");
    }

    @Test
    void skeletonOutput_checksTheInputFirst_thenPrintsASampleInTheChosenFormat() {
        CliRunner cli = cli();
        assertThat(cli.run("start-image-builder", "--generate-cli-skeleton", "output").exitCode).isEqualTo(252);
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--generate-cli-skeleton", "output",
                "--query", "ImageBuilder.State", "--output", "text");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).isEqualTo("State\n");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void skeleton_unknownMode_isUsageError() {
        CliRunner.Result r = cli().run("start-image-builder", "--generate-cli-skeleton", "xml");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Invalid choice: 'xml' (choose from 'input', 'output', 'yaml-input')");
    }

    @Test
    void cliInputJson_inline_isOverriddenByOptions() {
        CliRunner cli = cli().given("other", ImageBuilderState.STOPPED);
        CliRunner.Result r = cli.run("start-image-builder", "--cli-input-json",
                "{\"Name\": \"demo\", \"AppstreamAgentVersion\": \"1.0\"}", "--name", "other");
        assertThat(r.exitCode).as(r.toString()).isZero();
        String sent = cli.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).request().toString();
        assertThat(sent).contains("Name=other", "AppstreamAgentVersion=1.0");
    }

    @Test
    void cliInputJson_problems_areParameterValidationErrors252() {
        CliRunner cli = cli();
        assertThat(cli.run("start-image-builder", "--cli-input-json", "{\"Name\": ").err)
                .contains("Error parsing parameter '--cli-input-json': Invalid JSON received");
        CliRunner.Result missing = cli.run("start-image-builder", "--cli-input-json", "{\"AppstreamAgentVersion\": \"1\"}");
        assertThat(missing.exitCode).isEqualTo(252);
        assertThat(missing.err).contains("Parameter validation failed:\nMissing required parameter in input: \"Name\"");
        CliRunner.Result unknown = cli.run("start-image-builder", "--cli-input-json", "{\"Name\": \"demo\", \"Nme\": 1}");
        assertThat(unknown.err).contains("Unknown parameter in input: \"Nme\", must be one of: Name, AppstreamAgentVersion");
        CliRunner.Result array = cli.run("start-image-builder", "--cli-input-json", "[]");
        assertThat(array.exitCode).isEqualTo(252);
        assertThat(cli.run("start-image-builder", "--cli-input-json", "{}", "--cli-input-yaml", "{}").exitCode)
                .isEqualTo(252);
        assertThat(cli.fake.journal()).isEmpty();
    }
}
