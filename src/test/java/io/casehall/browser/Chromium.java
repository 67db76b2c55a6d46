package io.casehall.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromedriver: nothing is downloaded at run time (no Selenium Manager,
 * no WebDriverManager). One headless Chromium per actor slot and screen size serves the whole test run; each
 * journey starts it with no cookies and no stored data.
 *
 * <p>Paths: {@code -Dcasehall.browser.chromium} (default /usr/bin/chromium) and
 * {@code -Dcasehall.browser.chromedriver} (default /usr/bin/chromedriver).
 */
final class Chromium {

    static final Path CHROMIUM = Path.of(System.getProperty("casehall.browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("casehall.browser.chromedriver",
            "/usr/bin/chromedriver"));
    /** Where failures (and, with -Dcasehall.browser.shots=true, every page) are saved. */
    static final Path ARTIFACTS = Path.of(System.getProperty("casehall.browser.artifacts", "target/browser"));
    static final boolean STEP_SHOTS = Boolean.getBoolean("casehall.browser.shots");

    private static final String PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    /** Open browsers by slot and size, kept for the whole run. */
    private static final Map<String, Window> WINDOWS = new LinkedHashMap<>();
    private static final List<Path> PROFILES = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Browsers started ahead of need, by size. */
    private static final Map<Viewport, Deque<Future<ChromeDriver>>> SPARES = new java.util.EnumMap<>(Viewport.class);
    private static boolean warmedUp;
    /** The journey being walked: its folder for screenshots and the windows it used. */
    private static String journeyName;
    private static Path journeyDir;
    private static final Set<Window> USED = new LinkedHashSet<>();
    private static int shots;
    private static long journeyStart;

    private Chromium() {
    }

    /** Null when the browser can run here, else why the journeys are skipped. */
    static String unavailableReason() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "Browser journeys skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + ". Install them with `apt-get install chromium chromium-driver fonts-noto-cjk` (as .ci/run does),"
                    + " or point -Dcasehall.browser.chromium / -Dcasehall.browser.chromedriver at them.";
        }
        return null;
    }

    static synchronized void startJourney(String name, Path dir) {
        journeyName = name;
        journeyDir = dir;
        shots = 0;
        journeyStart = System.nanoTime();
        USED.clear();
    }

    static synchronized void endJourney() {
        journeyName = null;
        USED.clear();
    }

    static synchronized String journeyName() {
        return journeyName;
    }

    static synchronized Path journeyDir() {
        return journeyDir;
    }

    /** Seconds since the journey began, for the step log. */
    static synchronized String elapsed() {
        return String.format("%5.1fs", (System.nanoTime() - journeyStart) / 1e9);
    }

    static synchronized int nextShot() {
        return ++shots;
    }

    static synchronized List<Window> usedWindows() {
        return List.copyOf(USED);
    }

    /**
     * The browser of one actor slot at one size, cleared when a journey first asks for it: no cookies, no
     * local storage, an empty page.
     */
    static synchronized Window window(String slot, String label, Viewport viewport, String baseUrl) {
        String key = slot + "@" + viewport.slug();
        Window window = WINDOWS.get(key);
        if (window != null && !USED.contains(window)) {
            try {
                window.reset(baseUrl);
            } catch (RuntimeException broken) {
                window.quit();
                window = null;
            }
        }
        if (window == null) {
            window = new Window(slot, label, viewport, spareOrNew(viewport), baseUrl);
            WINDOWS.put(key, window);
        }
        window.enterJourney(label, baseUrl);
        USED.add(window);
        return window;
    }

    /**
     * Starts browsers in the background while the application starts (once per run): two at the desktop size
     * (applicant and staff) and one phone, in the order the journeys need them.
     */
    static synchronized void warmUp() {
        if (warmedUp) {
            return;
        }
        warmedUp = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quitAll, "quit-chromium"));
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "chromium-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.DESKTOP, Viewport.PHONE)) {
            SPARES.computeIfAbsent(viewport, v -> new ArrayDeque<>()).add(starter.submit(() -> start(viewport)));
        }
        starter.shutdown();
    }

    private static ChromeDriver spareOrNew(Viewport viewport) {
        Deque<Future<ChromeDriver>> spares = SPARES.get(viewport);
        Future<ChromeDriver> spare = spares == null ? null : spares.poll();
        if (spare != null) {
            try {
                return spare.get(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Chromium did not start: " + e.getCause(), e);
            }
        }
        return start(viewport);
    }

    private static ChromeDriver start(Viewport viewport) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile;
        try {
            profile = Files.createTempDirectory("casehall-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PROFILES.add(profile);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-proxy-server",
                "--password-store=basic", "--user-data-dir=" + profile, "--lang=zh-CN", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "credentials_enable_service", false, "profile.password_manager_enabled", false));
        if (viewport.isPhone()) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", viewport.width(), "height", viewport.height(),
                            "pixelRatio", 1.0, "mobile", true, "touch", true),
                    "userAgent", PHONE_AGENT));
        } else {
            options.addArguments("--window-size=" + viewport.width() + "," + viewport.height());
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // A user in China: Chromium's own texts (file chooser, date fields) in Chinese, times in Beijing time.
                .withEnvironment(Map.of("LANGUAGE", "zh_CN:zh", "TZ", "Asia/Shanghai"))
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "casehall-chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!viewport.isPhone()) {
            // The window size includes no browser frame in headless mode, but make the page area exact.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                    "height", viewport.height(), "deviceScaleFactor", 1, "mobile", false));
        }
        return driver;
    }

    /** Closes every browser and removes their profiles (end of the test run). */
    static synchronized void quitAll() {
        WINDOWS.values().forEach(Window::quit);
        WINDOWS.clear();
        SPARES.values().forEach(spares -> spares.forEach(spare -> {
            try {
                spare.get(2, TimeUnit.MINUTES).quit();
            } catch (Exception ignored) {
                // never started or already gone
            }
        }));
        SPARES.clear();
        for (Path profile : PROFILES) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
        PROFILES.clear();
    }
}
