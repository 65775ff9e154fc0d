package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code hasX()} flags of list members: an empty list the service sent is told from an absent one. */
class ListPresenceTest {

  private static final ResourceError ERROR = ResourceError.builder().errorMessage("gone").build();
  private static final AccessEndpoint ENDPOINT = AccessEndpoint.builder().vpceId("vpce-1").build();

  @Test
  void hasX_notSet_followsWhetherTheListHasElements() {
    ImageBuilder none = ImageBuilder.builder().name("n").build();
    ImageBuilder some = ImageBuilder.builder().name("n").addImageBuilderErrors(ERROR).addAccessEndpoints(ENDPOINT)
        .vpcConfig(VpcConfig.builder().addSubnetIds("s").addSecurityGroupIds("g").build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder().addEniIpv6Addresses("::1").build())
        .build();

    assertThat(presence(none)).containsExactly(false, false);
    assertThat(presence(some)).containsExactly(true, true, true, true, true);
  }

  @Test
  void hasX_setTrueOnEmptyList_isPresentAndSurvivesToBuilder() {
    ImageBuilder sent = ImageBuilder.builder().name("n").hasImageBuilderErrors(true).hasAccessEndpoints(true)
        .vpcConfig(VpcConfig.builder().hasSubnetIds(true).hasSecurityGroupIds(true).build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder().hasEniIpv6Addresses(true).build())
        .build();

    assertThat(sent.imageBuilderErrors()).isEmpty();
    assertThat(presence(sent)).containsExactly(true, true, true, true, true);
    assertThat(presence(sent.toBuilder().description("d").build())).containsExactly(true, true, true, true, true);
  }

  @Test
  void hasX_falseWithElements_isPresent() {
    ImageBuilder b = ImageBuilder.builder().name("n").hasImageBuilderErrors(false).addImageBuilderErrors(ERROR)
        .hasAccessEndpoints(false).addAccessEndpoints(ENDPOINT)
        .vpcConfig(VpcConfig.builder().hasSubnetIds(false).addSubnetIds("s").hasSecurityGroupIds(false)
            .addSecurityGroupIds("g").build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder().hasEniIpv6Addresses(false)
            .addEniIpv6Addresses("::1").build())
        .build();

    assertThat(presence(b)).containsExactly(true, true, true, true, true);
  }

  @Test
  void toBuilder_ofValueWithoutList_addingElements_makesItPresent() {
    ImageBuilder without = ImageBuilder.builder().name("n").build();

    ImageBuilder with = without.toBuilder().addImageBuilderErrors(ERROR).build();

    assertThat(with.hasImageBuilderErrors()).isTrue();
    assertThat(with.hasAccessEndpoints()).isFalse();
  }

  @Test
  void equals_presentEmptyAndAbsentLists_equalWithSameHashCodeAndText() {
    ImageBuilder absent = ImageBuilder.builder().name("n")
        .vpcConfig(VpcConfig.builder().build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder().build())
        .build();
    ImageBuilder presentEmpty = ImageBuilder.builder().name("n").hasImageBuilderErrors(true).hasAccessEndpoints(true)
        .vpcConfig(VpcConfig.builder().hasSubnetIds(true).hasSecurityGroupIds(true).build())
        .networkAccessConfiguration(NetworkAccessConfiguration.builder().hasEniIpv6Addresses(true).build())
        .build();

    assertThat(presentEmpty).isEqualTo(absent).hasSameHashCodeAs(absent).hasToString(absent.toString());
  }

  private static List<Boolean> presence(ImageBuilder b) {
    List<Boolean> flags = new ArrayList<>(List.of(b.hasImageBuilderErrors(), b.hasAccessEndpoints()));
    b.vpcConfig().ifPresent(v -> flags.addAll(List.of(v.hasSubnetIds(), v.hasSecurityGroupIds())));
    b.networkAccessConfiguration().ifPresent(n -> flags.add(n.hasEniIpv6Addresses()));
    return flags;
  }
}
