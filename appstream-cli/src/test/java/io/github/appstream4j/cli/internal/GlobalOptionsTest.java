package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class GlobalOptionsTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home).given("demo", ImageBuilderState.RUNNING);
    }

    private static final String[] DESCRIBE = {"describe-image-builders", "--names", "demo"};

    private static String[] with(String... extra) {
        String[] all = new String[DESCRIBE.length + extra.length];
        System.arraycopy(DESCRIBE, 0, all, 0, DESCRIBE.length);
        System.arraycopy(extra, 0, all, DESCRIBE.length, extra.length);
        return all;
    }

    @Test
    void output_text_isTabSeparatedWithUppercasePrefix() {
        CliRunner.Result r = cli().run(with("--output", "text"));
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.out).startsWith("IMAGEBUILDERS\tarn:aws:appstream:us-east-1:123456789012:image-builder/demo\t");
        assertThat(r.out).contains("\tdemo\tWINDOWS_SERVER_2022\tRUNNING\n");
    }

    @Test
    void output_table_isBoxedAndTitledWithTheOperation() {
        CliRunner.Result r = cli().run(with("--output", "table"));
        assertThat(r.exitCode).isZero();
        assertThat(r.out.lines().toList().get(1)).contains("DescribeImageBuilders").startsWith("|").endsWith("|");
        assertThat(r.out).contains("||  State       |  RUNNING");
        assertThat(r.out).doesNotContain("\u001b[");
    }

    @Test
    void output_yamlAndYamlStream_areBlockStyle() {
        CliRunner.Result yaml = cli().run(with("--output", "yaml"));
        assertThat(yaml.out).startsWith("ImageBuilders:\n- Name: demo\n");
        CliRunner.Result stream = cli().run(with("--output", "yaml-stream"));
        assertThat(stream.out).startsWith("- ImageBuilders:\n  - Name: demo\n");
    }

    @Test
    void output_fromEnvironmentAndProfile_whenNoOption() {
        CliRunner cli = cli().env("AWS_DEFAULT_OUTPUT", "text");
        assertThat(cli.run(DESCRIBE).out).startsWith("IMAGEBUILDERS\t");
        CliRunner profile = cli().env("AWS_DEFAULT_OUTPUT", null);
        profile.file(".aws/config", "[default]\noutput = yaml\n");
        assertThat(profile.run(DESCRIBE).out).startsWith("ImageBuilders:");
    }

    @Test
    void output_invalid_isUsageError252() {
        CliRunner.Result r = cli().run(with("--output", "xml"));
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("argument --output: Invalid choice, valid choices are:");
    }

    @Test
    void query_isAppliedBeforeFormatting() {
        assertThat(cli().run(with("--query", "ImageBuilders[0].State")).out).isEqualTo("\"RUNNING\"\n");
        assertThat(cli().run(with("--query", "ImageBuilders[].Name", "--output", "text")).out).isEqualTo("demo\n");
    }

    @Test
    void query_invalid_isUsageError252BeforeAnyRequest() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run(with("--query", "ImageBuilders[0"));
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("Bad value for --query ImageBuilders[0");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void globalOptions_areAcceptedBeforeTheCommand() {
        CliRunner.Result r = cli().run("--output", "text", "--query", "ImageBuilders[].State", "describe-image-builders");
        assertThat(r.out).isEqualTo("RUNNING\n");
    }

    @Test
    void color_on_stylesTheTable_andBadValueIs252() {
        assertThat(cli().run(with("--output", "table", "--color", "on")).out).contains("\u001b[1m");
        assertThat(cli().run(with("--color", "rainbow")).exitCode).isEqualTo(252);
    }

    @Test
    void binaryFormat_acceptsTheAwsValues_andRejectsOthers() {
        assertThat(cli().run(with("--cli-binary-format", "raw-in-base64-out")).exitCode).isZero();
        CliRunner.Result r = cli().run(with("--cli-binary-format", "hex"));
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).contains("argument --cli-binary-format: Invalid choice");
    }

    @Test
    void region_precedence_optionThenAwsRegionThenDefaultRegionThenProfile() {
        CliRunner cli = cli().env("AWS_REGION", "eu-west-1").env("AWS_DEFAULT_REGION", "eu-west-2");
        cli.file(".aws/config", "[default]\nregion = ap-south-1\n[profile p]\nregion = sa-east-1\n");
        cli.run(with("--region", "eu-central-1"));
        cli.run(DESCRIBE);
        cli.env("AWS_REGION", null).run(DESCRIBE);
        cli.env("AWS_DEFAULT_REGION", null).run(DESCRIBE);
        cli.run(with("--profile", "p"));
        assertThat(cli.settings).extracting(s -> s.region().id())
                .containsExactly("eu-central-1", "eu-west-1", "eu-west-2", "ap-south-1", "sa-east-1");
    }

    @Test
    void region_missing_isConfigError253() {
        CliRunner.Result r = cli().env("AWS_REGION", null).run(DESCRIBE);
        assertThat(r.exitCode).isEqualTo(253);
        assertThat(r.err).contains("You must specify a region.");
    }

    @Test
    void profile_unknown_isConfigError253() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run(with("--profile", "nope"));
        assertThat(r.exitCode).isEqualTo(253);
        assertThat(r.err).contains("The config profile (nope) could not be found");
        assertThat(cli.env("AWS_PROFILE", "gone").run(DESCRIBE).exitCode).isEqualTo(253);
    }

    @Test
    void profile_credentialsFromTheCredentialsFile_andEnvironmentCredentials() {
        CliRunner cli = cli().env("AWS_SESSION_TOKEN", "tok");
        cli.file(".aws/credentials", "[p]\naws_access_key_id = AKIDP\naws_secret_access_key = sp\n");
        cli.run(DESCRIBE);
        cli.run(with("--profile", "p"));
        assertThat(cli.settings.get(0).credentials().resolveCredentials()).isInstanceOf(AwsSessionCredentials.class);
        assertThat(cli.settings.get(1).credentials().resolveCredentials().accessKeyId()).isEqualTo("AKIDP");
    }

    @Test
    void home_isTheHomeVariable_userHomeOnlyWhenItIsUnsetOrEmpty() {
        assertThat(CliEnvironment.home(java.util.Map.of("HOME", "/home/set"), "/account")).isEqualTo(Path.of("/home/set"));
        assertThat(CliEnvironment.home(java.util.Map.of("HOME", ""), "/account")).isEqualTo(Path.of("/account"));
        assertThat(CliEnvironment.home(java.util.Map.of(), "/account")).isEqualTo(Path.of("/account"));
    }

    @Test
    void configFiles_fromEnvironmentVariables() {
        CliRunner cli = cli().env("AWS_REGION", null);
        Path config = cli.file("elsewhere/config", "[profile x]\nregion = us-west-2\n");
        cli.env("AWS_CONFIG_FILE", config.toString()).env("AWS_PROFILE", "x").run(DESCRIBE);
        assertThat(cli.settings.get(0).region().id()).isEqualTo("us-west-2");
    }

    @Test
    void noSignRequest_usesAnonymousCredentials() {
        CliRunner cli = cli();
        cli.run(with("--no-sign-request"));
        assertThat(cli.settings.get(0).credentials()).isInstanceOf(AnonymousCredentialsProvider.class);
    }

    @Test
    void endpointUrl_fromOptionAndEnvironment_andBadValueIs252() {
        CliRunner cli = cli().env("AWS_ENDPOINT_URL", "http://127.0.0.1:1234");
        cli.run(DESCRIBE);
        cli.env("AWS_ENDPOINT_URL_APPSTREAM", "http://127.0.0.1:5678").run(DESCRIBE);
        cli.run(with("--endpoint-url", "https://127.0.0.1:9"));
        assertThat(cli.settings).extracting(s -> s.endpoint().orElseThrow().toString())
                .containsExactly("http://127.0.0.1:1234", "http://127.0.0.1:5678", "https://127.0.0.1:9");
        CliRunner.Result bad = cli().run(with("--endpoint-url", "localhost:4566"));
        assertThat(bad.exitCode).isEqualTo(252);
        assertThat(bad.err).contains("Bad value for --endpoint-url \"localhost:4566\": scheme is missing.");
    }

    @Test
    void timeouts_defaultSixtySeconds_zeroMeansNone_negativeIs252() {
        CliRunner cli = cli();
        cli.run(DESCRIBE);
        cli.run(with("--cli-read-timeout", "0", "--cli-connect-timeout", "5"));
        assertThat(cli.settings.get(0).readTimeout()).hasSeconds(60);
        assertThat(cli.settings.get(0).connectTimeout()).hasSeconds(60);
        assertThat(cli.settings.get(1).readTimeout()).isZero();
        assertThat(cli.settings.get(1).connectTimeout()).hasSeconds(5);
        assertThat(cli().run(with("--cli-read-timeout", "-1")).exitCode).isEqualTo(252);
        assertThat(cli().run(with("--cli-connect-timeout", "soon")).exitCode).isEqualTo(252);
    }

    @Test
    void noVerifySsl_printsTheWarning_andIgnoresEveryCaBundle() {
        CliRunner cli = cli().env("AWS_CA_BUNDLE", "env.pem");
        cli.file(".aws/config", "[default]\nca_bundle = profile.pem\n");
        CliRunner.Result r = cli.run(with("--no-verify-ssl", "--ca-bundle", "ca.pem"));
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.err).contains("InsecureRequestWarning: Unverified HTTPS request is being made to host "
                + "'appstream2.us-east-1.amazonaws.com'");
        assertThat(cli.settings.get(0).verifySsl()).isFalse();
        assertThat(cli.settings.get(0).caBundle()).isEmpty();
    }

    @Test
    void caBundle_optionThenEnvironmentThenProfile_resolvedAgainstTheWorkingDirectory() {
        CliRunner cli = cli().env("AWS_CA_BUNDLE", "env.pem");
        cli.file(".aws/config", "[default]\nca_bundle = profile.pem\n");
        cli.run(with("--ca-bundle", "ca.pem"));
        cli.run(DESCRIBE);
        cli.env("AWS_CA_BUNDLE", null).run(DESCRIBE);
        assertThat(cli.settings).extracting(s -> s.caBundle().orElseThrow())
                .containsExactly(home.resolve("ca.pem"), home.resolve("env.pem"), home.resolve("profile.pem"));
    }

    @Test
    void autoPrompt_onATerminal_asksForMissingRequiredMembers() {
        CliRunner cli = cli();
        cli.interactive = true;
        cli.stdin = "demo\n";
        cli.env("AWS_PAGER", "");
        CliRunner.Result r = cli.run("stop-image-builder", "--cli-auto-prompt");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.err).contains("Name (--name): ");
        CliRunner.Result off = cli.run("stop-image-builder", "--no-cli-auto-prompt");
        assertThat(off.exitCode).isEqualTo(252);
    }

    @Test
    void autoPrompt_withoutTerminal_doesNotPrompt() {
        CliRunner.Result r = cli().run("stop-image-builder", "--cli-auto-prompt");
        assertThat(r.exitCode).isEqualTo(252);
        assertThat(r.err).doesNotContain("Name (--name): ");
    }

    @Test
    void pager_onATerminal_receivesTheOutput_unlessNoCliPager() throws Exception {
        CliRunner cli = cli();
        cli.interactive = true;
        Path paged = home.resolve("paged.txt");
        cli.env("AWS_PAGER", "cat > '" + paged + "'");
        CliRunner.Result r = cli.run(with("--query", "ImageBuilders[0].Name"));
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(paged)).isEqualTo("\"demo\"\n");
        assertThat(cli.run(with("--query", "ImageBuilders[0].Name", "--no-cli-pager")).out).isEqualTo("\"demo\"\n");
    }

    @Test
    void version_printsTheAwsCliShapedLine() {
        CliRunner.Result r = cli().run("--version");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).matches("appstream/\\S+ Java/\\S+ \\S+/\\S+ exe/\\S+\n");
    }
}
