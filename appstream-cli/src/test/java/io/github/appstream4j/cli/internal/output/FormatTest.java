package io.github.appstream4j.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FormatTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void json_indentsFourSpaces_keepsNonAscii_escapesControls_andWritesEmptyContainersInline() throws Exception {
        assertThat(JsonWriter.write(json("{\"a\": [1, {\"b\": \"é\\n\\\"\"}], \"c\": [], \"d\": {}, \"e\": null}")))
                .isEqualTo("{\n    \"a\": [\n        1,\n        {\n            \"b\": \"é\\n\\\"\"\n        }\n    ],\n"
                        + "    \"c\": [],\n    \"d\": {},\n    \"e\": null\n}\n");
    }

    @Test
    void text_listOfLists_isOneTabSeparatedLineEach() throws Exception {
        assertThat(TextWriter.write(json("[[\"vol-e11a5288\", \"i-a071c394\", \"us-west-2a\", 30]]")))
                .isEqualTo("vol-e11a5288\ti-a071c394\tus-west-2a\t30\n");
    }

    @Test
    void text_nestedDictsAndLists_getUppercaseKeyPrefixes_scalarsSortedByKey() throws Exception {
        JsonNode node = json("{\"ImageBuilders\": [{\"Name\": \"a\", \"Enabled\": true, "
                + "\"VpcConfig\": {\"SubnetIds\": [\"s1\", \"s2\"]}}, {\"Name\": \"b\"}]}");
        assertThat(TextWriter.write(node)).isEqualTo("IMAGEBUILDERS\tTrue\ta\nVPCCONFIG\nSUBNETIDS\ts1\nSUBNETIDS\ts2\n"
                .replace("VPCCONFIG\n", "") + "IMAGEBUILDERS\t\tb\n");
    }

    @Test
    void table_listOfDicts_matchesTheAwsCliLayout() throws Exception {
        JsonNode node = json("[{\"AZ\": \"us-west-2a\", \"ID\": \"vol-e11a5288\", \"InstanceId\": \"i-a071c394\", "
                + "\"Size\": 30}, {\"AZ\": \"us-west-2a\", \"ID\": \"vol-2e410a47\", \"InstanceId\": \"i-4b41a37c\", "
                + "\"Size\": 8}]");
        assertThat(TableWriter.write("DescribeVolumes", node, 80, false)).isEqualTo(
                "------------------------------------------------------\n"
                + "|                   DescribeVolumes                  |\n"
                + "+------------+----------------+--------------+-------+\n"
                + "|     AZ     |      ID        | InstanceId   | Size  |\n"
                + "+------------+----------------+--------------+-------+\n"
                + "|  us-west-2a|  vol-e11a5288  |  i-a071c394  |  30   |\n"
                + "|  us-west-2a|  vol-2e410a47  |  i-4b41a37c  |  8    |\n"
                + "+------------+----------------+--------------+-------+\n");
    }

    @Test
    void table_tooWideForTheTerminal_turnsSingleRowSectionsVertical() throws Exception {
        JsonNode node = json("{\"ImageBuilder\": {\"Name\": \"demo\", \"State\": \"RUNNING\"}}");
        String wide = TableWriter.write("StartImageBuilder", node, 80, false);
        assertThat(wide).contains("|| Name  |   State   ||\n", "||  demo |  RUNNING  ||\n");
        String narrow = TableWriter.write("StartImageBuilder", node, 20, false);
        assertThat(narrow.lines()).anySatisfy(l -> assertThat(l).matches("\\|\\|  Name +\\|  demo +\\|\\|"))
                .anySatisfy(l -> assertThat(l).matches("\\|\\|  State +\\|  RUNNING +\\|\\|"));
    }

    @Test
    void table_emptyResult_printsNothing() throws Exception {
        assertThat(TableWriter.write("DescribeImageBuilders", json("{}"), 80, false)).isEmpty();
    }

    @Test
    void yaml_isBlockStyle_andYamlStreamWrapsEachPageInAList() throws Exception {
        JsonNode node = json("{\"ImageBuilders\": [{\"Name\": \"a\", \"Enabled\": true}], \"Count\": \"1\"}");
        assertThat(YamlWriter.write(node)).isEqualTo("ImageBuilders:\n- Name: a\n  Enabled: true\nCount: \"1\"\n");
        assertThat(YamlWriter.writeStreamItem(json("{\"A\": 1}"))).isEqualTo("- A: 1\n");
    }

    @Test
    void outputFormat_parsesTheOptionValues() {
        assertThat(OutputFormat.parse("yaml-stream")).isEqualTo(OutputFormat.YAML_STREAM);
        assertThat(OutputFormat.parse("xml")).isNull();
    }
}
