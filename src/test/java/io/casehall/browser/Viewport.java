package io.casehall.browser;

/** The two screens every journey is walked on: a PC browser and a phone held upright. */
public enum Viewport {

    DESKTOP("桌面", "desktop", 1280, 800, false),
    PHONE("手机", "phone", 390, 844, true);

    private final String label;
    private final String slug;
    private final int width;
    private final int height;
    private final boolean phone;

    Viewport(String label, String slug, int width, int height, boolean phone) {
        this.label = label;
        this.slug = slug;
        this.width = width;
        this.height = height;
        this.phone = phone;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** A phone: touch, mobile user agent, and no page may be wider than the screen. */
    public boolean isPhone() {
        return phone;
    }

    /** For file names. */
    public String slug() {
        return slug;
    }

    @Override
    public String toString() {
        return label + " " + width + "×" + height;
    }
}
