package io.casehall.shared.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pictures come from the engine's deployed models, drawn once per definition. */
class BpmnDiagramsTest extends IntegrationTest {

    @Autowired
    BpmnDiagrams diagrams;

    @Test
    void theLatestDeployedVersionIsDrawnOnceAndAnUndeployedKeyHasNoPicture() {
        String first = diagrams.latestSvg("archiveUse").orElseThrow();
        assertThat(first).startsWith("<svg").contains("<title>档案利用</title>", "审核申请");
        assertThat(diagrams.latestSvg("archiveUse").orElseThrow()).isSameAs(first);
        assertThat(diagrams.latestSvg("noSuchProcess")).isEmpty();
    }
}
