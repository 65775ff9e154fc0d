package io.github.appstream4j.testing.fake;

import static io.github.appstream4j.testing.fake.ServiceErrorAssert.serviceError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appstream.model.AppStreamException;
import software.amazon.awssdk.services.appstream.model.DescribeImageBuildersResponse;
import software.amazon.awssdk.services.appstream.model.ImageBuilder;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;
import software.amazon.awssdk.services.appstream.model.ResourceNotFoundException;

class FakeAppStreamDescribeTest extends ManualFakeTest {

    @Test
    void describe_250BuildersMaxResults7_pagesThroughAllInNameOrder() {
        List<String> expected = IntStream.range(0, 250).mapToObj(i -> String.format("builder-%03d", i)).toList();
        for (int i = expected.size() - 1; i >= 0; i--) {
            fake.givenImageBuilder(expected.get(i), ImageBuilderState.STOPPED);
        }

        List<String> seen = new ArrayList<>();
        int pages = 0;
        String token = null;
        do {
            String current = token;
            DescribeImageBuildersResponse page = client.describeImageBuilders(r -> r.maxResults(7).nextToken(current));
            assertThat(page.imageBuilders()).hasSizeLessThanOrEqualTo(7);
            page.imageBuilders().forEach(b -> seen.add(b.name()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(36);
    }

    @Test
    void describe_noMaxResults_pagesOf25() {
        IntStream.range(0, 30).forEach(i -> fake.givenImageBuilder("b" + (100 + i), ImageBuilderState.RUNNING));

        DescribeImageBuildersResponse first = client.describeImageBuilders();

        assertThat(first.imageBuilders()).hasSize(25);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(client.describeImageBuilders(r -> r.nextToken(first.nextToken())).imageBuilders()).hasSize(5);
    }

    @Test
    void describe_exactlyOnePage_hasNoNextToken() {
        IntStream.range(0, 7).forEach(i -> fake.givenImageBuilder("b" + i, ImageBuilderState.RUNNING));

        assertThat(client.describeImageBuilders(r -> r.maxResults(7)).nextToken()).isNull();
    }

    @Test
    void describe_names_returnsThoseInNameOrderOnce() {
        fake.givenImageBuilder("c", ImageBuilderState.RUNNING).givenImageBuilder("a", ImageBuilderState.STOPPED)
                .givenImageBuilder("b", ImageBuilderState.FAILED);

        List<ImageBuilder> found = client.describeImageBuilders(r -> r.names("c", "a", "c")).imageBuilders();

        assertThat(found).extracting(ImageBuilder::name).containsExactly("a", "c");
        assertThat(fake.journal().get(0).names()).containsExactly("c", "a", "c");
    }

    @Test
    void describe_namesWithOneUnknown_failsTheWholeCall() {
        fake.givenImageBuilder("a", ImageBuilderState.RUNNING);

        AppStreamException e = (AppStreamException) serviceError(
                () -> client.describeImageBuilders(r -> r.names("a", "ghost")),
                ResourceNotFoundException.class, "ResourceNotFoundException", 404);
        assertThat(e.getMessage()).contains("ghost").doesNotContain("a,");
    }

    @Test
    void describe_foreignNextToken_throwsValidation() {
        AppStreamException e = (AppStreamException) serviceError(
                () -> client.describeImageBuilders(r -> r.nextToken("not-a-token")),
                AppStreamException.class, "ValidationException", 400);
        assertThat(e.getMessage()).contains("Invalid NextToken").contains("not-a-token");
    }

    @Test
    void describe_builderDeletedBetweenPages_continuesAfterIt() {
        IntStream.range(0, 4).forEach(i -> fake.givenImageBuilder("b" + i, ImageBuilderState.STOPPED));
        DescribeImageBuildersResponse first = client.describeImageBuilders(r -> r.maxResults(2));
        fake.script("b1", s -> s.deleteDuration(java.time.Duration.ZERO));
        client.deleteImageBuilder(r -> r.name("b1"));

        assertThat(client.describeImageBuilders(r -> r.maxResults(2).nextToken(first.nextToken())).imageBuilders())
                .extracting(ImageBuilder::name).containsExactly("b2", "b3");
    }

    @Test
    void describe_isJournaledWithoutNamesWhenListingAll() {
        client.describeImageBuilders();

        assertThat(fake.journal()).singleElement().satisfies(e -> {
            assertThat(e.names()).isEmpty();
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.statusCode()).isEqualTo(200);
        });
    }
}
