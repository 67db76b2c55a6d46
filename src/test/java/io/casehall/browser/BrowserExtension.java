package io.casehall.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Runs the journeys in Chromium: skips them (disabled with the reason, before the application starts) when there
 * is no browser; names the journey for the log and its screenshots; and when a journey fails, saves for every browser it
 * used a screenshot of the whole page, the page source and what went wrong under
 * {@code target/browser/<class>.<method>-<size>/}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final Pattern INVOCATION = Pattern.compile("test-template-invocation:#(\\d+)]$");
    private static volatile boolean toldSkipped;

    /**
     * No browser, no journeys: the classes are skipped with the reason (in Surefire's count and report) before
     * their Spring context would start.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = Chromium.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (!toldSkipped) {
            toldSkipped = true;
            System.err.println("WARNING: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.warmUp();
        // Closed once, when the whole test run ends.
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("chromium",
                key -> (ExtensionContext.Store.CloseableResource) Chromium::quitAll);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.startJourney(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod()
                .getName() + " [" + context.getDisplayName() + "]", Chromium.ARTIFACTS.resolve(folderName(context)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Window window : Chromium.usedWindows()) {
            System.out.println("[浏览器] " + window + ": " + window.pagesChecked() + " pages checked"
                    + (window.viewport().isPhone() && window.pagesChecked() > 0
                    && context.getExecutionException().isEmpty()
                    ? " (none wider than the screen)" : ""));
        }
        Chromium.endJourney();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        saveFailure(context, failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        saveFailure(context, failure);
        throw failure;
    }

    private static void saveFailure(ExtensionContext context, Throwable failure) {
        Path dir = Chromium.ARTIFACTS.resolve(folderName(context));
        for (Window window : Chromium.usedWindows()) {
            String name = "failure-" + window.slot() + "-" + window.viewport().slug();
            try {
                window.screenshot(dir.resolve(name + ".png"));
                window.pageSource(dir.resolve(name + ".html"));
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                Files.writeString(dir.resolve(name + ".txt"), "journey: " + Chromium.journeyName() + "\nbrowser: "
                        + window + "\nstep: " + window.currentStep() + "\nurl: " + window.driver().getCurrentUrl()
                        + "\n\n" + trace, StandardCharsets.UTF_8);
                System.err.println("[浏览器] failure saved: " + dir.resolve(name + ".png").toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.err.println("[浏览器] could not save the failure of " + window + ": " + e);
            }
        }
    }

    /** {@code RegisterJourneyTest.registers-phone}: the size from the invocation (DESKTOP first, then PHONE). */
    static String folderName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (invocation.find()) {
            int index = Integer.parseInt(invocation.group(1)) - 1;
            Viewport[] sizes = Viewport.values();
            name += "-" + (index < sizes.length ? sizes[index].slug() : "run" + (index + 1));
        }
        return name;
    }
}
