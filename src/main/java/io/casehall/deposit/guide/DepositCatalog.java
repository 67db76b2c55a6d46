package io.casehall.deposit.guide;

import io.casehall.deposit.DepositServiceType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which deposit services are offered, in which order: the deployed table {@code dmn/deposit-services.dmn}
 * (decision {@value #DECISION}). An administrator withdraws a service by removing its rule and redeploying; the
 * guide, its entry links and the application pages follow at once.
 */
@Service
public class DepositCatalog {

    public static final String DECISION = "depositServices";

    private static final Logger log = LoggerFactory.getLogger(DepositCatalog.class);

    private final DecisionService decisions;
    private final Clock clock;

    DepositCatalog(DecisionService decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The offered services in the table's display order; empty when the table is missing. */
    public List<DepositServiceType> offered() {
        List<Map<String, Object>> rows;
        try {
            rows = decisions.evaluateDecisionByKey(DECISION)
                    .variables(Map.of("today", LocalDate.now(clock)))
                    .evaluate().getResultList();
        } catch (ProcessEngineException notDeployed) {
            log.warn("Decision {} cannot be evaluated, no deposit service is offered: {}", DECISION,
                    notDeployed.getMessage());
            return List.of();
        }
        return rows.stream()
                .sorted(Comparator.comparing(row -> order(row.get("displayOrder"))))
                .map(row -> known(row.get("serviceCode")))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    public boolean isOffered(DepositServiceType service) {
        return offered().contains(service);
    }

    /** The service of a code in a URL, if it exists and is offered. */
    public Optional<DepositServiceType> find(String code) {
        return DepositServiceType.fromCode(code).filter(this::isOffered);
    }

    /**
     * The service of a code in a URL.
     *
     * @throws ServiceNotOfferedException (a 404 with its own message) when it does not exist or is withdrawn
     */
    public DepositServiceType require(String code) {
        return find(code).orElseThrow(ServiceNotOfferedException::new);
    }

    private static Optional<DepositServiceType> known(Object code) {
        Optional<DepositServiceType> service = DepositServiceType.fromCode(code == null ? null : code.toString());
        if (service.isEmpty()) {
            log.warn("Decision {} names an unknown service code '{}'; ignored", DECISION, code);
        }
        return service;
    }

    private static int order(Object displayOrder) {
        return displayOrder instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
    }
}
