package io.nereid.bench.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a {@link FlameLayout} as a self-contained SVG image: one rectangle per frame, the
 * outermost at the bottom, widths in proportion to samples; a label where the name fits (cut
 * with {@code ..} where it does not, none where not even a few letters fit); a {@code <title>}
 * per frame (shown as a tooltip when the image is opened on its own) with the full name, its
 * samples and its share; colours by {@link FrameKind}, with a legend. No script, no external
 * reference: the file renders the same everywhere.
 */
public final class FlameSvg {
    /** The image width in pixels. */
    public static final int WIDTH = 1200;
    /** The height of one level. */
    public static final int FRAME_HEIGHT = 16;

    private static final int MARGIN = 10;
    private static final int FONT_SIZE = 11;
    /** The advance of one character of the monospace font, in pixels (0.6 em). */
    private static final double CHAR_WIDTH = 0.6 * FONT_SIZE;
    private static final int MIN_LABEL_CHARS = 3;

    private FlameSvg() {}

    /**
     * The SVG text of {@code layout}, headed by {@code title} and the lines of {@code notes}
     * (what was recorded, how).
     */
    public static String render(FlameLayout layout, String title, List<String> notes) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(title, "title");
        List<String> lines = List.copyOf(notes);
        int header = 24 + 15 * lines.size() + 8;
        int graphHeight = layout.depth() * FRAME_HEIGHT;
        int legendY = header + graphHeight + 10;
        int height = legendY + 24;
        double usable = WIDTH - 2.0 * MARGIN;
        double perSample = layout.total() == 0 ? 0 : usable / layout.total();

        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"%d\">%n", WIDTH, height, WIDTH, height,
                FONT_SIZE));
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fbfbf6\"/>%n",
                WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                MARGIN, escape(title)));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#444\">%s</text>%n", MARGIN,
                    24 + 15 * (i + 1), escape(lines.get(i))));
        }
        svg.append("<g stroke=\"#fbfbf6\" stroke-width=\"0.5\">\n");
        for (FlameLayout.Frame f : layout.frames()) {
            double x = MARGIN + f.start() * perSample;
            double w = f.samples() * perSample;
            int y = header + (layout.depth() - 1 - f.depth()) * FRAME_HEIGHT;
            FrameKind kind = FrameKind.of(f.name());
            svg.append("<g><title>").append(escape(tooltip(f, layout.total()))).append("</title>");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" rx=\"1.5\" "
                    + "fill=\"%s\"/>", x, y, w, FRAME_HEIGHT - 1, kind.fill(f.name())));
            String label = label(f.name(), w);
            if (!label.isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" stroke=\"none\">%s</text>", x + 3,
                        y + FRAME_HEIGHT - 4, escape(label)));
            }
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
        double lx = MARGIN;
        for (FrameKind kind : FrameKind.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%d\">%s</text>%n", lx, legendY, kind.legendFill(), lx + 18, legendY + 10,
                    escape(kind.legend())));
            lx += 18 + kind.legend().length() * CHAR_WIDTH + 24;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The tooltip: the full name, its samples and its share of all samples. */
    static String tooltip(FlameLayout.Frame f, long total) {
        return String.format(Locale.ROOT, "%s (%,d samples, %.2f%%)", f.name(), f.samples(), f.percent(total));
    }

    /**
     * What fits of {@code name} in {@code width} pixels: all of it, its last part (the class and
     * method, without the package), or that cut with {@code ..}; empty where not even a few
     * letters fit.
     */
    static String label(String name, double width) {
        int fits = (int) ((width - 6) / CHAR_WIDTH);
        if (fits < MIN_LABEL_CHARS) {
            return "";
        }
        if (name.length() <= fits) {
            return name;
        }
        String shorter = withoutPackage(name);
        if (shorter.length() <= fits) {
            return shorter;
        }
        return fits <= 2 ? "" : shorter.substring(0, fits - 2) + "..";
    }

    /** {@code a.b.Class.method} as {@code Class.method}. */
    static String withoutPackage(String name) {
        int method = name.lastIndexOf('.');
        if (method <= 0) {
            return name;
        }
        int type = name.lastIndexOf('.', method - 1);
        return type < 0 ? name : name.substring(type + 1);
    }

    /** {@code text} as XML character data or attribute value. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('?'); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
