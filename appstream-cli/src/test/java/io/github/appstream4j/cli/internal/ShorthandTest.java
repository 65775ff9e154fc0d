package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShorthandTest {
    @Test
    void parse_implicitListsAfterAKey() {
        assertThat(Shorthand.parse("SubnetIds=subnet-1,SecurityGroupIds=sg-1,sg-2").toString())
                .isEqualTo("{\"SubnetIds\":\"subnet-1\",\"SecurityGroupIds\":[\"sg-1\",\"sg-2\"]}");
    }

    @Test
    void parse_explicitListsNestedStructuresAndQuotes() {
        assertThat(Shorthand.parse("A=[x,y],B={C=d,E=[f]},G=\"h,i=j\",K='l'").toString())
                .isEqualTo("{\"A\":[\"x\",\"y\"],\"B\":{\"C\":\"d\",\"E\":[\"f\"]},\"G\":\"h,i=j\",\"K\":\"l\"}");
    }

    @Test
    void parse_emptyValueAndEmptyList() {
        assertThat(Shorthand.parse("A=,B=[]").toString()).isEqualTo("{\"A\":\"\",\"B\":[]}");
    }

    @Test
    void parse_missingEquals_pointsAtThePlace() {
        assertThatThrownBy(() -> Shorthand.parse("SubnetIds")).hasMessage(
                "Expected: '=', received: 'EOF' for input:\nSubnetIds\n         ^");
        assertThatThrownBy(() -> Shorthand.parse("A=[x")).hasMessageStartingWith("Expected: ']', received: 'EOF'");
    }

    @Test
    void optionName_followsBotocoreXformName() {
        assertThat(Members.optionName("DisableIMDSV1")).isEqualTo("--disable-imdsv1");
        assertThat(Members.optionName("AppstreamAgentVersion")).isEqualTo("--appstream-agent-version");
        assertThat(Members.optionName("IamRoleArn")).isEqualTo("--iam-role-arn");
    }

    @Test
    void durations_acceptShortAndIsoForms_andRejectOthers() {
        assertThat(Durations.parse("--wait-timeout", "90")).hasSeconds(90);
        assertThat(Durations.parse("--wait-timeout", "1h30m")).hasMinutes(90);
        assertThat(Durations.parse("--wait-timeout", "PT20M")).hasMinutes(20);
        assertThatThrownBy(() -> Durations.parse("--wait-timeout", "soon")).isInstanceOf(CliException.Usage.class)
                .hasMessageContaining("but was \"soon\"");
        assertThatThrownBy(() -> Durations.parse("--wait-timeout", "0s")).isInstanceOf(CliException.Usage.class);
    }
}
