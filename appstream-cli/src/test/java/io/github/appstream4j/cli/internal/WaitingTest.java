package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.appstream4j.testing.FakeOperation;
import io.github.appstream4j.testing.Fault;
import io.github.appstream4j.testing.VirtualTime;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

/** --wait and the wait commands on virtual time: a 20-minute start passes in milliseconds. */
class WaitingTest {
    @TempDir
    Path home;
    VirtualTime time = VirtualTime.create();

    @AfterEach
    void close() {
        time.close();
    }

    private CliRunner cli() {
        return new CliRunner(home, time);
    }

    @Test
    void startWait_fromStopped_printsTheRunningBuilder_andProgressOnStderr() throws Exception {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--wait");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.out).at("/ImageBuilder/State").asText()).isEqualTo("RUNNING");
        assertThat(r.out).startsWith("{\n    \"ImageBuilder\": {\n");
        assertThat(r.err).contains("Waiting for image builder demo to be RUNNING: PENDING (",
                "Waiting for image builder demo to be RUNNING: RUNNING (");
        assertThat(r.err).doesNotContain("\r");
        assertThat(cli.fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isEqualTo(1);
    }

    @Test
    void startWait_withAgentVersionAndQuery_passesTheVersionAndFormatsTheResult() {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--appstream-agent-version", "[LATEST]",
                "--wait", "--output", "text", "--query", "ImageBuilder.State");
        assertThat(r.out).isEqualTo("RUNNING\n");
        assertThat(cli.fake.journal(FakeOperation.START_IMAGE_BUILDER).get(0).request().toString()).contains("[LATEST]");
    }

    @Test
    void stopWait_fromRunning_printsTheStoppedBuilder() throws Exception {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.RUNNING).run("stop-image-builder", "--name", "demo",
                "--wait");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.out).at("/ImageBuilder/State").asText()).isEqualTo("STOPPED");
    }

    @Test
    void startWait_unknownBuilder_isServiceError254() {
        CliRunner.Result r = cli().run("start-image-builder", "--name", "nope", "--wait");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).contains("An error occurred (ResourceNotFoundException) when calling the StartImageBuilder "
                + "operation: ");
    }

    @Test
    void startWait_unknownBuilder_saysSoOnce() {
        CliRunner.Result r = cli().run("start-image-builder", "--name", "nope", "--wait");
        assertThat(r.err).isEqualTo("\nAn error occurred (ResourceNotFoundException) when calling the "
                + "StartImageBuilder operation: Image builder nope does not exist.\n");
    }

    @Test
    void startWait_timeout_isWaiterFailure255_withCliAdvice() {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.STOPPED).run("start-image-builder", "--name",
                "demo", "--wait", "--wait-timeout", "5m");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).matches("(?s).*\nWaiter ImageBuilderRunning failed: Max wait time exceeded: image builder "
                + "demo was still PENDING after 5m\\S* \\(\\d+ polls\\); wait longer with --wait-timeout \\(it was 5m\\) "
                + "or check it with: appstream describe-image-builders --names demo\n");
        assertThat(r.err).doesNotContain("WaitPolicy", "RetryPolicy");
        assertThat(r.out).isEmpty();
    }

    @Test
    void wait_unknownBuilder_isWaiterFailure255_saidOnce() {
        CliRunner.Result r = cli().run("wait", "image-builder-running", "--name", "nope");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).isEqualTo("\nWaiter ImageBuilderRunning failed: An error occurred (ResourceNotFoundException): "
                + "Image builder nope does not exist; check --name, --region and --profile\n");
    }

    /** Runs against builder demo in {@code state}, the next {@code times} calls of {@code operation} failing. */
    private CliRunner.Result withFault(ImageBuilderState state, FakeOperation operation, int times, Fault fault,
            String... args) {
        CliRunner cli = cli().given("demo", state);
        cli.fake.injectNext(operation, times, fault);
        return cli.run(args);
    }

    @Test
    void wait_describeThrottledUntilRetriesRunOut_isWaiterFailure255() {
        CliRunner.Result r = withFault(ImageBuilderState.PENDING, FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1000,
                Fault.throttling(), "wait", "image-builder-running", "--name", "demo");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).endsWith("\nWaiter ImageBuilderRunning failed: An error occurred (ThrottlingException): "
                + "Rate exceeded\n");
    }

    @Test
    void startWait_startRefused_isTheStartError254() {
        CliRunner.Result r = withFault(ImageBuilderState.STOPPED, FakeOperation.START_IMAGE_BUILDER, 1,
                Fault.error("InvalidAccountStatusException", 400, "The account is not active"),
                "start-image-builder", "--name", "demo", "--wait");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).endsWith("\nAn error occurred (InvalidAccountStatusException) when calling the "
                + "StartImageBuilder operation: The account is not active\n");
    }

    @Test
    void startWait_startThrottledUntilRetriesRunOut_saysHowManyRetries() {
        CliRunner.Result r = withFault(ImageBuilderState.STOPPED, FakeOperation.START_IMAGE_BUILDER, 1000,
                Fault.throttling(), "start-image-builder", "--name", "demo", "--wait");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).matches("(?s).*\nAn error occurred \\(ThrottlingException\\) when calling the "
                + "StartImageBuilder operation \\(reached max retries: [1-9]\\d*\\): Rate exceeded\n");
    }

    @Test
    void waitRunning_onAStoppedBuilder_isTerminalFailure255() {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.STOPPED).run("wait", "image-builder-running",
                "--name", "demo");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).endsWith("\nWaiter ImageBuilderRunning failed: Waiter encountered a terminal failure state: "
                + "image builder demo is STOPPED, not on its way to RUNNING; another client may have changed it\n");
    }

    @Test
    void waitTimeout_badOrWithoutWait_isUsageError() {
        assertThat(cli().run("start-image-builder", "--name", "demo", "--wait-timeout", "5m").err)
                .contains("argument --wait-timeout: only allowed with --wait");
        assertThat(cli().run("start-image-builder", "--name", "demo", "--wait", "--wait-timeout", "later").exitCode)
                .isEqualTo(252);
    }

    @Test
    void waitRunning_onAStartingBuilder_exits0AndPrintsNothing() {
        CliRunner cli = cli().given("demo", ImageBuilderState.PENDING);
        CliRunner.Result r = cli.run("wait", "image-builder-running", "--name", "demo");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.out).isEmpty();
        assertThat(cli.fake.callCount(FakeOperation.START_IMAGE_BUILDER)).isZero();
    }

    @Test
    void waitStopped_onAStoppingBuilder_exits0() {
        assertThat(cli().given("demo", ImageBuilderState.STOPPING).run("wait", "image-builder-stopped", "--name",
                "demo").exitCode).isZero();
    }

    @Test
    void waitRunning_onAFailedBuilder_isTerminalFailure255() {
        CliRunner.Result r = cli().given("demo", ImageBuilderState.FAILED).run("wait", "image-builder-running",
                "--name", "demo");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).contains("Waiter ImageBuilderRunning failed: Waiter encountered a terminal failure state: "
                + "image builder demo is FAILED");
    }

    @Test
    void startWait_endingInFailed_givesTheReasonAndErrors() {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED);
        cli.fake.script("demo", s -> s.failStart("IMAGE_BUILDER_ERROR", "The instance could not start")
                .imageBuilderError("IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION", "The role cannot describe subnets"));
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--wait");
        assertThat(r.exitCode).isEqualTo(255);
        assertThat(r.err).endsWith("\nWaiter ImageBuilderRunning failed: Waiter encountered a terminal failure state: "
                + "image builder demo is FAILED: IMAGE_BUILDER_ERROR: The instance could not start; "
                + "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION: The role cannot describe subnets; fix the cause "
                + "(IAM role, network, image), then delete-image-builder and create-image-builder again\n");
    }

    @Test
    void wait_withoutWaiterOrName_isUsageError() {
        assertThat(cli().run("wait").exitCode).isEqualTo(252);
        assertThat(cli().run("wait", "image-builder-running").err).contains("required: --name");
        CliRunner.Result badName = cli().run("wait", "image-builder-running", "--name", "a b");
        assertThat(badName.exitCode).isEqualTo(252);
        assertThat(badName.err).endsWith("\nappstream: error: argument --name: must match "
                + "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"a b\"\n");
    }

    @Test
    void wait_interrupted_exits130WithAMessage() throws Exception {
        VirtualTime manual = VirtualTime.manual();
        try {
            CliRunner cli = new CliRunner(home, manual).given("demo", ImageBuilderState.PENDING);
            AtomicReference<Thread> runner = new AtomicReference<>();
            CompletableFuture<CliRunner.Result> result = CompletableFuture.supplyAsync(() -> {
                runner.set(Thread.currentThread());
                return cli.run("wait", "image-builder-running", "--name", "demo");
            });
            while (runner.get() == null || runner.get().getState() != Thread.State.WAITING
                    && runner.get().getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            runner.get().interrupt();
            CliRunner.Result r = result.get(10, TimeUnit.SECONDS);
            assertThat(r.exitCode).isEqualTo(130);
            assertThat(r.err).contains("Interrupted: stopped waiting for image builder demo");
        } finally {
            manual.close();
        }
    }

    @Test
    void progress_onATerminal_isOneLiveLine() {
        CliRunner cli = cli().given("demo", ImageBuilderState.STOPPED).env("AWS_PAGER", "");
        cli.interactive = true;
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--wait", "--query", "ImageBuilder.State");
        assertThat(r.exitCode).isZero();
        assertThat(r.err).startsWith("\rWaiting for image builder demo to be RUNNING: ").endsWith("\n");
        assertThat(r.err.indexOf('\n')).as("one line, rewritten with \\r").isEqualTo(r.err.length() - 1);
        assertThat(r.err).contains("\rWaiting for image builder demo to be RUNNING: RUNNING (");
    }

    @Test
    void local_startWait_runsTheWholeFlowInProcess() {
        CliRunner cli = cli();
        CliRunner.Result r = cli.run("start-image-builder", "--name", "demo", "--wait", "--local", "--query",
                "ImageBuilder.[Name,State]", "--output", "text");
        assertThat(r.exitCode).as(r.toString()).isZero();
        assertThat(r.out).isEqualTo("demo\tRUNNING\n");
        assertThat(cli.fake.journal()).isEmpty();
    }
}
