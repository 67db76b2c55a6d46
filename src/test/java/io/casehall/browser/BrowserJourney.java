package io.casehall.browser;

import io.casehall.support.IntegrationTest;
import io.casehall.support.TestDatabase;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of every browser journey: the whole application on a random port (profile {@code test}, H2), walked in
 * headless Chromium. All journey classes share this one Spring context, so do not add {@code @MockitoBean},
 * {@code @TestPropertySource} or other context configuration to a journey; create your own data instead
 * (unique phone numbers, ID numbers and student numbers from {@code io.casehall.support}).
 *
 * <p>A journey is a {@link Journey} method taking the {@link Viewport}; it gets the people it needs from here:
 * {@link #applicant} for the portal at the journey's size, {@link #staff} for the staff console and Tasklist
 * (staff work at a desk: always the desktop size).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public abstract class BrowserJourney {

    /** Staff accounts of the test profile (application-test.yml) and the built-in administrator. */
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "Console2026";
    protected static final String REVIEWER = "reviewer";
    protected static final String REVIEWER_PASSWORD = "Review2026";
    /** Password of the staff accounts a journey creates ({@link #newStaff}). */
    protected static final String STAFF_PASSWORD = "Staff2026pass";
    private static final AtomicLong STAFF_SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @LocalServerPort
    protected int port;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    private SessionRepository<? extends Session> sessions;

    @Autowired
    private IdentityService identityService;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The applicant's browser at the journey's size, on the portal. */
    protected Portal applicant(Viewport viewport) {
        return new Portal(Chromium.window("applicant", "申请人", viewport, baseUrl()), sessions);
    }

    /** A second applicant, in a browser of their own. */
    protected Portal otherApplicant(Viewport viewport) {
        return new Portal(Chromium.window("applicant2", "另一申请人", viewport, baseUrl()), sessions);
    }

    /** A member of staff signed in to the staff console (desktop size); one browser, shared in turn. */
    protected StaffConsole staff(String user, String password) {
        return staffIn("staff", user, password);
    }

    /**
     * The same in a browser slot of its own, for a journey where two members of staff are signed in at once
     * (slot: a short ASCII name such as "staff2").
     */
    protected StaffConsole staffIn(String slot, String user, String password) {
        Window window = Chromium.window(slot, "工作人员 " + user, Viewport.DESKTOP, baseUrl());
        return new StaffConsole(window).login(user, password);
    }

    /**
     * A new member of staff for this journey (password {@link #STAFF_PASSWORD}), in these role groups of the
     * engine's identity service (the groups must exist); the user id is unique, e.g. "library37w3a6" (the engine
     * allows letters and digits only). Sign them in with {@link #staffIn} in a browser slot of their role.
     */
    protected String newStaff(String idPrefix, String name, String... groups) {
        String userId = idPrefix + Long.toString(STAFF_SEQUENCE.incrementAndGet(), 36);
        User user = identityService.newUser(userId);
        user.setFirstName(name);
        user.setLastName("");
        user.setPassword(STAFF_PASSWORD);
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(userId, group);
        }
        return userId;
    }

    /** The administrator, e.g. to read the codes the SMS/e-mail gateway kept in the outbox. */
    protected StaffConsole admin() {
        return staff(ADMIN, ADMIN_PASSWORD);
    }

    /** The job executor is off in tests: run what is due, as the executor would, until nothing is left. */
    protected void runJobs() {
        IntegrationTest.runJobs(managementService);
    }

    /** A photo of an ID card as a phone would take it (a real PNG file) in a temporary folder. */
    protected static Path idCardPhoto(String fileName) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(232, 240, 250));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(60, 90, 140));
        g.setStroke(new BasicStroke(6));
        g.drawRoundRect(20, 20, 600, 360, 30, 30);
        g.fillRect(440, 80, 140, 180);
        for (int line = 0; line < 5; line++) {
            g.fillRect(60, 90 + line * 50, 300 - line * 30, 14);
        }
        g.dispose();
        try {
            Path file = Files.createTempDirectory("casehall-photo-").resolve(fileName);
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
