package io.casehall;

import io.casehall.clearance.plan.LaunchHooks;
import io.casehall.clearance.plan.PlanLauncher;
import io.casehall.shared.notification.EmailGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A CaseHall node in a JVM of its own, for {@link ClusterTest} to kill hard ({@code Process.destroyForcibly}):
 * the application with the test profile and the given arguments. Two test-only system properties:
 * <ul>
 *   <li>{@code casehall.test.stalled-mail-marker}: the e-mail gateway writes the recipient to this file and then
 *       never returns, so the engine job sending the mail stays locked by this node until it dies
 *       (start with {@code --casehall.mail.gateway=stalled});</li>
 *   <li>{@code casehall.test.launch-delay-ms}: each student of a launch waits this long before its instance
 *       starts, so that a launch is still running when the node is killed.</li>
 * </ul>
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) {
        String marker = System.getProperty("casehall.test.stalled-mail-marker");
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CaseHallApplication.class).profiles("test");
        if (marker != null) {
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("stalledEmailGateway",
                    EmailGateway.class, () -> stalledGateway(Path.of(marker))));
        }
        ConfigurableApplicationContext context = builder.run(args);
        long delay = Long.getLong("casehall.test.launch-delay-ms", 0);
        if (delay > 0) {
            LaunchHooks.beforeStart(context.getBean(PlanLauncher.class), studentId -> sleep(delay));
        }
    }

    private static EmailGateway stalledGateway(Path marker) {
        return (to, subject, body, attachments) -> {
            try {
                Files.writeString(marker, to, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            while (true) {
                sleep(60_000);
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
