package io.casehall.account;

import jakarta.servlet.http.HttpSession;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;

/**
 * The image captcha of the password-reset page: four characters without look-alikes (no 0/O, 1/I/L, B/8,
 * S/5, Z/2, Q), drawn with java.awt in headless mode from a built-in dot-matrix alphabet, so no system
 * font is needed. The answer lives in the HTTP session, is case-insensitive, good for one check and for
 * {@link #VALID_FOR}.
 */
@Service
class CaptchaService {

    /** Session attribute holding the current {@link Challenge}. */
    static final String SESSION_ATTRIBUTE = "casehall.captcha";
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final String ALPHABET = "ACDEFGHJKMNPRTUVWXY2345679";
    static final int LENGTH = 4;
    static final int WIDTH = 132;
    static final int HEIGHT = 44;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The expected answer and when it was drawn. */
    record Challenge(String answer, Instant issuedAt) implements Serializable {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    CaptchaService(Clock clock) {
        this.clock = clock;
    }

    /** Draws a new challenge, replacing the session's previous one, and answers the PNG. */
    byte[] newImage(HttpSession session) {
        StringBuilder answer = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        session.setAttribute(SESSION_ATTRIBUTE, new Challenge(answer.toString(), clock.instant()));
        return render(answer.toString());
    }

    /** True when the input answers the session's challenge; the challenge is used up either way. */
    boolean check(HttpSession session, String input) {
        Object stored = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        if (!(stored instanceof Challenge challenge) || input == null) {
            return false;
        }
        if (clock.instant().isAfter(challenge.issuedAt().plus(VALID_FOR))) {
            return false;
        }
        return challenge.answer().equals(input.trim().toUpperCase(Locale.ROOT));
    }

    byte[] render(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(244 + random.nextInt(12), 246 + random.nextInt(10), 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g, 70, 150, 220);
            int cell = WIDTH / (text.length() + 1);
            int left = (WIDTH - (text.length() - 1) * cell - 20) / 2;
            for (int i = 0; i < text.length(); i++) {
                drawGlyph(g, text.charAt(i), left + i * cell + random.nextInt(5) - 2, 5 + random.nextInt(5));
            }
            g.setStroke(new BasicStroke(1.4f));
            for (int i = 0; i < 3; i++) {
                g.setColor(randomColor(40, 130));
                g.drawLine(0, random.nextInt(HEIGHT), WIDTH, random.nextInt(HEIGHT));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private void drawGlyph(Graphics2D g, char c, int x, int y) {
        String[] rows = GLYPHS.get(c);
        double dot = 3.7 + random.nextDouble() * 0.5;
        AffineTransform saved = g.getTransform();
        g.translate(x + 2.5 * dot, y + 3.5 * dot);
        g.rotate((random.nextDouble() - 0.5) * 0.6);
        g.shear((random.nextDouble() - 0.5) * 0.3, 0);
        g.translate(-2.5 * dot, -3.5 * dot);
        g.setColor(randomColor(10, 110));
        for (int row = 0; row < rows.length; row++) {
            for (int col = 0; col < rows[row].length(); col++) {
                if (rows[row].charAt(col) == '#') {
                    g.fill(new Rectangle2D.Double(col * dot, row * dot, dot + 0.6, dot + 0.6));
                }
            }
        }
        g.setTransform(saved);
    }

    private void noise(Graphics2D g, int dots, int from, int to) {
        for (int i = 0; i < dots; i++) {
            g.setColor(randomColor(from, to));
            int size = 1 + random.nextInt(3);
            g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), size, size);
        }
    }

    private Color randomColor(int from, int to) {
        return new Color(from + random.nextInt(to - from), from + random.nextInt(to - from),
                from + random.nextInt(to - from));
    }

    /** 5×7 dot-matrix shapes of {@link #ALPHABET}. */
    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('A', new String[] {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"}),
            Map.entry('C', new String[] {".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."}),
            Map.entry('D', new String[] {"####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."}),
            Map.entry('E', new String[] {"#####", "#....", "#....", "####.", "#....", "#....", "#####"}),
            Map.entry('F', new String[] {"#####", "#....", "#....", "####.", "#....", "#....", "#...."}),
            Map.entry('G', new String[] {".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"}),
            Map.entry('H', new String[] {"#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"}),
            Map.entry('J', new String[] {"..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."}),
            Map.entry('K', new String[] {"#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"}),
            Map.entry('M', new String[] {"#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"}),
            Map.entry('N', new String[] {"#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"}),
            Map.entry('P', new String[] {"####.", "#...#", "#...#", "####.", "#....", "#....", "#...."}),
            Map.entry('R', new String[] {"####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"}),
            Map.entry('T', new String[] {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."}),
            Map.entry('U', new String[] {"#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."}),
            Map.entry('V', new String[] {"#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."}),
            Map.entry('W', new String[] {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."}),
            Map.entry('X', new String[] {"#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"}),
            Map.entry('Y', new String[] {"#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."}),
            Map.entry('2', new String[] {".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"}),
            Map.entry('3', new String[] {"#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."}),
            Map.entry('4', new String[] {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."}),
            Map.entry('5', new String[] {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."}),
            Map.entry('6', new String[] {"..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."}),
            Map.entry('7', new String[] {"#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."}),
            Map.entry('9', new String[] {".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."}));
}
