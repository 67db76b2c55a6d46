package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser, used the way that person would: open a page, fill the field with a given label, press
 * the button with a given text, see a text. Every page loaded through it is checked ({@link #checkPage()}): on
 * the phone it must be laid out for the screen and not be wider than it ({@code scrollWidth <= 390}), and no page
 * may show an unresolved message key. Steps are
 * named in Chinese ({@link #step}); the name appears in the log, in failures and in the screenshots' names.
 */
public final class Window {

    /** Explicit waits only; this is the longest any single thing may take on a busy CI machine. */
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    /**
     * The field with this label (its label, aria-label or placeholder); when {@code near} is given, among several
     * such fields the one in the smallest part of the page that shows the text {@code near} (e.g. a table row).
     */
    private static final String FIND_FIELD = """
            const name = arguments[0], wantOption = arguments[1], near = arguments[2];
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const seps = [' ', '*', '（', '(', ':', '：'];
            const matches = t => t === name || (t.startsWith(name) && seps.includes(t.charAt(name.length)));
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const isOption = el => el.type === 'radio' || el.type === 'checkbox';
            const found = [];
            for (const label of document.querySelectorAll('label')) {
              if (!matches(norm(label.innerText)) || !visible(label)) continue;
              const control = label.htmlFor ? document.getElementById(label.htmlFor)
                  : label.querySelector('input, select, textarea');
              if (control && isOption(control) === wantOption) found.push(control);
            }
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (isOption(el) === wantOption && visible(el) && !found.includes(el)
                  && (matches(norm(el.getAttribute('aria-label'))) || matches(norm(el.placeholder)))) found.push(el);
            }
            if (!near) return found[0] || null;
            let best = null, bestSize = 1e12;
            for (const el of found) {
              let p = el.parentElement;
              while (p && !norm(p.innerText).includes(near)) p = p.parentElement;
              const size = p ? norm(p.innerText).length : 1e11;
              if (size < bestSize) { best = el; bestSize = size; }
            }
            return best;""";

    /** Buttons before links, the one nearest to the text {@code near} when that is given. */
    private static final String FIND_BUTTON = """
            const name = arguments[0], near = arguments[1];
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const text = el => norm(el.tagName === 'INPUT' ? el.value
                : (el.innerText || el.getAttribute('aria-label') || el.title));
            const all = [...document.querySelectorAll(
                'button, input[type=submit], input[type=button], [role=button], a')]
                .filter(el => visible(el) && text(el) === name);
            const rank = el => (el.tagName === 'A' ? 1 : 0);
            if (!near) return all.sort((a, b) => rank(a) - rank(b))[0] || null;
            let best = null, bestDepth = 1e9;
            for (const el of all) {
              let depth = 0;
              for (let p = el.parentElement; p; p = p.parentElement, depth++) {
                if (norm(p.innerText).includes(near)) break;
              }
              if (depth < bestDepth) { best = el; bestDepth = depth; }
            }
            return best;""";

    private static final String LAYOUT = """
            const iw = arguments[0], de = document.documentElement;
            const result = {scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, innerWidth: window.innerWidth,
                offenders: []};
            if (de.scrollWidth > iw && document.body) {
              const sticksOut = el => el.getBoundingClientRect().right > iw + 0.5;
              for (const el of document.body.querySelectorAll('*')) {
                if (result.offenders.length >= 6) break;
                const r = el.getBoundingClientRect();
                // the outermost elements that stick out, not everything inside them
                if (r.width === 0 || !sticksOut(el)
                    || (el.parentElement !== document.body && sticksOut(el.parentElement))) continue;
                const id = el.id ? '#' + el.id : '';
                const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                result.offenders.push(el.tagName.toLowerCase() + id + cls + ' ' + Math.round(r.width) + 'px wide, right edge '
                    + Math.round(r.right) + 'px: "' + (el.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 40) + '"');
              }
            }
            return result;""";

    private final String slot;
    private String label;
    private final Viewport viewport;
    private final ChromeDriver driver;
    private String base;
    private String step = "开始";
    private int pagesChecked;

    Window(String slot, String label, Viewport viewport, ChromeDriver driver, String base) {
        this.slot = slot;
        this.label = label;
        this.viewport = viewport;
        this.driver = driver;
        this.base = base;
    }

    // ---------------------------------------------------------------- what a person does

    /** Names what the person does next (in the log, in failures and in screenshot names). */
    public Window step(String name) {
        this.step = name;
        System.out.println("[浏览器] " + Chromium.elapsed() + " " + Chromium.journeyName() + " · " + this + " · " + name);
        return this;
    }

    /** Types an address: the page at {@code path} of the application (or a full URL such as http:… or data:…). */
    public Window open(String path) {
        driver.get(path.matches("^[a-z]+:.*") ? path : base + path);
        return pageLoaded();
    }

    /** Reloads the page. */
    public Window refresh() {
        String page = markPage();
        driver.navigate().refresh();
        waitForNewPage(page, "the page to reload");
        return pageLoaded();
    }

    /** Presses the button (or follows the link) with this visible text, and waits for the next page. */
    public Window press(String text) {
        return pressNear(text, null);
    }

    /** The same with the button or link nearest to the text {@code near} (e.g. the card's heading). */
    public Window pressNear(String text, String near) {
        WebElement target = button(text, near);
        String page = markPage();
        clickElement(target);
        waitForNewPage(page, "a new page after pressing 「" + text + "」");
        return pageLoaded();
    }

    /** Clicks the button or link with this text where the page changes in place (Tasklist, dialogs). */
    public Window click(String text) {
        clickElement(button(text, null));
        return this;
    }

    /** Types into the field with this label (the label may go on: "手机号码（…）" is found as "手机号码"). */
    public Window fill(String label, String value) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /**
     * Types into the field with this label that belongs to the text {@code near}, where the page has one such
     * field per item (e.g. the remark of one student's row in a table).
     */
    public Window fillNear(String label, String near, String value) {
        WebElement field = wait(d -> (WebElement) js(FIND_FIELD, label, false, near),
                "a field labelled 「" + label + "」 near 「" + near + "」");
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Picks the option with this visible text in the drop-down with this label. */
    public Window select(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /**
     * Picks the option with this visible text in the drop-down with this label that belongs to the text
     * {@code near}, where the page has several such drop-downs (e.g. two place cascades, each with its 省份);
     * waits until the option is there, since a cascade's script loads the next level's options after a choice.
     */
    public Window selectNear(String label, String near, String option) {
        WebElement field = wait(d -> {
            WebElement found = (WebElement) js(FIND_FIELD, label, false, near);
            return found != null && new Select(found).getOptions().stream()
                    .anyMatch(o -> option.equals(o.getText().trim())) ? found : null;
        }, "a drop-down 「" + label + "」 near 「" + near + "」 offering 「" + option + "」");
        new Select(field).selectByVisibleText(option);
        return this;
    }

    /** Chooses the radio button with this label. */
    public Window choose(String optionLabel) {
        WebElement radio = option(optionLabel);
        if (!radio.isSelected()) {
            clickControl(radio);
        }
        return this;
    }

    /** Ticks the check box with this label. */
    public Window tick(String optionLabel) {
        WebElement box = option(optionLabel);
        if (!box.isSelected()) {
            clickControl(box);
        }
        return this;
    }

    /** Chooses a file in the upload field with this label. */
    public Window upload(String label, Path file) {
        field(label).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Sets a date field (the browser's own date picker takes keys in the locale's order, so by script). */
    public Window fillDate(String label, java.time.LocalDate date) {
        js("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field(label), date.toString());
        return this;
    }

    /**
     * Follows the download link with this text as a person would and waits until the file is saved; returns
     * the saved file (in a fresh temporary folder).
     */
    public Path download(String linkText) {
        try {
            Path folder = Files.createTempDirectory("casehall-download-");
            folder.toFile().deleteOnExit();
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", folder.toAbsolutePath().toString()));
            clickElement(button(linkText, null));
            return wait(d -> {
                try (Stream<Path> files = Files.list(folder)) {
                    return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                            .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "the download of 「" + linkText + "」");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the page shows all these texts. */
    public Window see(String... texts) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> {
                String shown = text();
                return Arrays.stream(texts).allMatch(shown::contains);
            });
        } catch (TimeoutException e) {
            String shown = text();
            List<String> missing = Arrays.stream(texts).filter(t -> !shown.contains(t)).toList();
            throw new AssertionError(this + " 「" + step + "」: the page " + path() + " does not show " + missing
                    + " within " + WAIT.toSeconds() + " s. It shows: " + abbreviate(shown, 600));
        }
        return this;
    }

    /** Asserts the page does not show this text. */
    public Window dontSee(String text) {
        assertThat(text()).as("%s 「%s」 on %s", this, step, path()).doesNotContain(text);
        return this;
    }

    // ---------------------------------------------------------------- what the page shows

    /** The visible text of the page. */
    public String text() {
        Object text = js("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    /** The choices the drop-down with this label offers, as their visible texts. */
    public List<String> options(String label) {
        return new Select(field(label)).getOptions().stream().map(o -> o.getText().strip()).toList();
    }


    /** The value in the field with this label. */
    public String valueOf(String label) {
        return field(label).getDomProperty("value");
    }

    /** Whether the check box (or radio button) with this label is ticked. */
    public boolean ticked(String optionLabel) {
        return option(optionLabel).isSelected();
    }

    /** Where the link with this text leads (its absolute address). */
    public String href(String linkText) {
        return button(linkText, null).getDomProperty("href");
    }

    /** The path (and query) of the page shown. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        if (uri.isOpaque()) {
            return uri.getScheme() + ":…";
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The first group of the pattern in the page text, waiting until it appears. */
    public String find(Pattern pattern) {
        String[] found = new String[1];
        try {
            new WebDriverWait(driver, WAIT).until(d -> {
                Matcher m = pattern.matcher(text());
                if (m.find()) {
                    found[0] = m.groupCount() > 0 ? m.group(1) : m.group();
                    return true;
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(this + " 「" + step + "」: " + pattern + " not on " + path());
        }
        return found[0];
    }

    // ---------------------------------------------------------------- for helpers (Tasklist, portal pages)

    /** Waits for a condition; the description says what was awaited when it fails. */
    public <T> T wait(Function<WebDriver, T> condition, String what) {
        return wait(condition, what, WAIT);
    }

    /** The same with a longer limit, for what is slow only the first time (an app's bundle in a new browser). */
    public <T> T wait(Function<WebDriver, T> condition, String what, Duration limit) {
        try {
            return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(this + " 「" + step + "」: waited " + limit.toSeconds() + " s for " + what
                    + " on " + path(), e);
        }
    }

    public WebElement waitFor(By by, String what) {
        return wait(ExpectedConditions.visibilityOfElementLocated(by), what);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Viewport viewport() {
        return viewport;
    }

    /**
     * What every page must satisfy, checked after each page load: on the phone the page is laid out for the
     * screen (the viewport meta) and is not wider than it; no page shows a missing message key (??key??).
     */
    public Window checkPage() {
        if (viewport.isPhone()) {
            // The screen is viewport.width() CSS px wide. window.innerWidth is not used as the limit: a phone's
            // Chrome zooms out of a page that is too wide, and innerWidth then grows with the page.
            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) js(LAYOUT, viewport.width());
            long screen = viewport.width();
            long scrollWidth = ((Number) layout.get("scrollWidth")).longValue();
            long layoutWidth = ((Number) layout.get("clientWidth")).longValue();
            if (layoutWidth != screen) {
                throw new AssertionError(this + " 「" + step + "」: " + path() + " is not laid out for a " + screen
                        + " px screen but for " + layoutWidth + " px (no <meta name=viewport"
                        + " content=\"width=device-width\">?)");
            }
            if (scrollWidth > screen) {
                throw new AssertionError(this + " 「" + step + "」: " + path() + " overflows sideways on the phone:"
                        + " document is " + scrollWidth + " px wide on a " + screen + " px screen (window.innerWidth "
                        + layout.get("innerWidth") + "). Sticking out: " + layout.get("offenders"));
            }
        }
        Matcher missing = MISSING_MESSAGE.matcher(text());
        if (missing.find()) {
            throw new AssertionError(this + " 「" + step + "」: " + path() + " shows a missing message key "
                    + missing.group());
        }
        pagesChecked++;
        return this;
    }

    /** Saves the whole page (not only the visible part) as PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            byte[] png;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                double width = Math.max(((Number) size.get("width")).doubleValue(), viewport.width());
                double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
                if (height <= viewport.height() + 1 && width <= viewport.width() + 1) {
                    // all on screen (or an app like Tasklist that scrolls inside): what the person sees
                    throw new IllegalStateException("no need for a full-page capture");
                }
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                                "height", Math.max(height, 1), "scale", 1)));
                png = Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException fullPageFailed) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page source next to a screenshot. */
    public Path pageSource(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String slot() {
        return slot;
    }

    String currentStep() {
        return step;
    }

    int pagesChecked() {
        return pagesChecked;
    }

    @Override
    public String toString() {
        return label + "@" + viewport;
    }

    // ---------------------------------------------------------------- internals

    private Window pageLoaded() {
        wait(d -> "complete".equals(js("return document.readyState;")), "the page to load");
        checkPage();
        return shot();
    }

    /**
     * With -Dcasehall.browser.shots=true, saves the screen as it is now under the journey's steps/ folder (done
     * after every page load; call it where a page changes in place, as in Tasklist).
     */
    public Window shot() {
        if (Chromium.STEP_SHOTS && Chromium.journeyDir() != null) {
            String name = String.format("%02d-%s-%s.png", Chromium.nextShot(), slot, step.replaceAll("[\\\\/:*?\"<>|\\s]+", "_"));
            screenshot(Chromium.journeyDir().resolve("steps").resolve(name));
        }
        return this;
    }

    private WebElement field(String label) {
        return wait(d -> (WebElement) js(FIND_FIELD, label, false, null), "a field labelled 「" + label + "」");
    }

    private WebElement option(String label) {
        return wait(d -> (WebElement) js(FIND_FIELD, label, true, null), "a choice labelled 「" + label + "」");
    }

    private WebElement button(String text, String near) {
        return wait(d -> (WebElement) js(FIND_BUTTON, text, near),
                "a button or link 「" + text + "」" + (near == null ? "" : " near 「" + near + "」"));
    }

    /** Clicks a radio button or check box; one hidden behind a styled label is clicked through script. */
    private void clickControl(WebElement control) {
        try {
            control.click();
        } catch (org.openqa.selenium.WebDriverException covered) {
            js("arguments[0].click();", control);
        }
    }

    /**
     * Clicks as a person would after scrolling the element to the middle of the screen; when a fixed bar (e.g.
     * Tasklist's footer) still covers it, the click goes to the element itself.
     */
    public void clickElement(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            js("arguments[0].click();", element);
        }
    }

    /** Marks the document shown now, so that a new one can be told from it. */
    private String markPage() {
        String token = "p" + System.nanoTime();
        js("window.__casehallPage = arguments[0];", token);
        return token;
    }

    /** Waits until another document than the marked one is shown and has loaded. */
    private void waitForNewPage(String token, String what) {
        wait(d -> {
            try {
                return Boolean.TRUE.equals(js("return window.__casehallPage !== arguments[0]"
                        + " && document.readyState === 'complete';", token));
            } catch (WebDriverException navigating) {
                return false;
            }
        }, what);
    }

    void enterJourney(String label, String baseUrl) {
        this.label = label;
        this.pagesChecked = 0;
        this.base = baseUrl;
        this.step = "开始";
    }

    /** Forgets every cookie and stored item, as a fresh browser would (e.g. before another person signs in). */
    public Window forgetSession() {
        reset(base);
        return this;
    }

    void reset(String baseUrl) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl,
                "storageTypes", "local_storage,session_storage,indexeddb,cache_storage,service_workers"));
        driver.get("about:blank");
    }

    void quit() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
