package io.casehall.deposit;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * Stands in for the documents sub-module's sealed PDFs in the integration tests until it is merged; a fallback, so
 * the real issuer wins as soon as it exists. Counts calls so a test can see a retried job issue nothing twice.
 */
@Component
@Fallback
public class TestDepositDocumentIssuer implements DepositDocumentIssuer {

    public final AtomicInteger issued = new AtomicInteger();

    @Override
    public String issue(DepositApplication application) {
        issued.incrementAndGet();
        return "TEST-" + application.getNumber();
    }
}
