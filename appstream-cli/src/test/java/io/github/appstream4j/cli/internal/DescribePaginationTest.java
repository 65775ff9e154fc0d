package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.appstream4j.testing.FakeOperation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersRequest;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class DescribePaginationTest {
    @TempDir
    Path home;
    CliRunner cli;

    @BeforeEach
    void thirtyBuilders() {
        cli = new CliRunner(home);
        for (int i = 0; i < 30; i++) {
            cli.given(String.format("b%02d", i), ImageBuilderState.STOPPED);
        }
    }

    private static List<String> names(String out) throws Exception {
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(out).get("ImageBuilders").forEach(b -> names.add(b.get("Name").asText()));
        return names;
    }

    @Test
    void describe_byDefault_joinsAllPages() throws Exception {
        CliRunner.Result r = cli.run("describe-image-builders");
        assertThat(r.exitCode).isZero();
        assertThat(names(r.out)).hasSize(30).startsWith("b00").endsWith("b29");
        assertThat(new ObjectMapper().readTree(r.out).has("NextToken")).isFalse();
        assertThat(cli.fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(2);
    }

    @Test
    void describe_pageSize_setsMaxResultsOfEachCall() throws Exception {
        assertThat(names(cli.run("describe-image-builders", "--page-size", "7").out)).hasSize(30);
        assertThat(cli.fake.journal(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).hasSize(5)
                .allSatisfy(e -> assertThat(((DescribeImageBuildersRequest) e.request()).maxResults()).isEqualTo(7));
    }

    @Test
    void describe_maxItems_printsAResumeToken_thatStartingTokenContinues() throws Exception {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            List<String> args = new ArrayList<>(List.of("describe-image-builders", "--max-items", "4", "--page-size", "3"));
            if (token != null) {
                args.add("--starting-token");
                args.add(token);
            }
            CliRunner.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode).as(r.toString()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.out);
            seen.addAll(names(r.out));
            token = out.has("NextToken") ? out.get("NextToken").asText() : null;
        } while (token != null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add(String.format("b%02d", i));
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void describe_noPaginate_makesOneCall_andShowsTheServiceToken() throws Exception {
        CliRunner.Result r = cli.run("describe-image-builders", "--no-paginate");
        assertThat(names(r.out)).hasSize(25);
        assertThat(new ObjectMapper().readTree(r.out).has("NextToken")).isTrue();
        assertThat(cli.fake.callCount(FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isEqualTo(1);
    }

    @Test
    void describe_paginationConflictsAndBadValues_areUsageErrors() {
        assertThat(cli.run("describe-image-builders", "--no-paginate", "--max-items", "2").err)
                .contains("Cannot specify --no-paginate along with pagination arguments: --max-items");
        assertThat(cli.run("describe-image-builders", "--max-items", "0").exitCode).isEqualTo(252);
        assertThat(cli.run("describe-image-builders", "--starting-token", "%%%").err)
                .contains("argument --starting-token: invalid token");
        assertThat(cli.fake.journal()).isEmpty();
    }

    @Test
    void describe_names_unknownName_isServiceError254() {
        CliRunner.Result r = cli.run("describe-image-builders", "--names", "b01", "zz");
        assertThat(r.exitCode).isEqualTo(254);
        assertThat(r.err).contains("(ResourceNotFoundException) when calling the DescribeImageBuilders operation");
    }

    @Test
    void paginationToken_encodesLikeBotocore() {
        assertThat(new String(java.util.Base64.getDecoder().decode(new PaginationToken("abc", 2).encode())))
                .isEqualTo("{\"NextToken\": \"abc\", \"boto_truncate_amount\": 2}");
        PaginationToken decoded = PaginationToken.decode(new PaginationToken("abc", 2).encode());
        assertThat(decoded.nextToken()).isEqualTo("abc");
        assertThat(decoded.truncate()).isEqualTo(2);
    }
}
