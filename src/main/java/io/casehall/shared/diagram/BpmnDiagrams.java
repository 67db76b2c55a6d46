package io.casehall.shared.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The picture of the latest deployed version of a process, drawn from the model the engine holds. A deployed
 * definition never changes, so its picture is drawn once per definition id; a redeployment gets a new id and is
 * drawn anew on the next request.
 */
@Service
public class BpmnDiagrams {

    private static final Logger log = LoggerFactory.getLogger(BpmnDiagrams.class);
    /** Definitions are few; more than this many pictures means old versions, which are simply drawn again. */
    private static final int MAX_CACHED = 64;

    private final RepositoryService repository;
    private final Map<String, Optional<String>> byDefinitionId = new ConcurrentHashMap<>();

    public BpmnDiagrams(RepositoryService repository) {
        this.repository = repository;
    }

    /** The SVG of the latest version of the process (shared, not a tenant's); empty when none is deployed. */
    public Optional<String> latestSvg(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .withoutTenantId().latestVersion().singleResult();
        return definition == null ? Optional.empty() : svgOf(definition);
    }

    /** Empty also for a model without diagram interchange (written by hand, not drawn in a modeler). */
    public Optional<String> svgOf(ProcessDefinition definition) {
        if (byDefinitionId.size() >= MAX_CACHED) {
            byDefinitionId.clear();
        }
        return byDefinitionId.computeIfAbsent(definition.getId(), id -> draw(definition));
    }

    private Optional<String> draw(ProcessDefinition definition) {
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            BpmnModelInstance model = Bpmn.readModelFromStream(xml);
            String title = definition.getName() == null ? definition.getKey() : definition.getName();
            return Optional.of(BpmnSvgRenderer.render(model, title));
        } catch (IllegalArgumentException noDiagram) {
            log.warn("Process definition {} has no diagram to draw: {}", definition.getId(), noDiagram.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
