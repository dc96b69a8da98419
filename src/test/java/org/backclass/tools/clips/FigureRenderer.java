package org.backclass.tools.clips;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link Pose} as a calm, high-contrast stick figure on the kiosk's dark background,
 * with the floor and, where the exercise needs one, a prop (chair, wall, bike).
 */
final class FigureRenderer {

    static final Color BACKGROUND = new Color(0x0d, 0x11, 0x17);
    private static final Color FLOOR = new Color(0x3a, 0x44, 0x55);
    private static final Color PROP = new Color(0x4a, 0x55, 0x68);
    private static final Color NEAR = new Color(0xf2, 0xf4, 0xf8);
    private static final Color FAR = new Color(0x8f, 0x9b, 0xae);
    private static final Color ACCENT = new Color(0xf5, 0xb9, 0x42);

    private static final double TRUNK = Pose.TRUNK;
    private static final double NECK = 0.05;
    private static final double HEAD_R = 0.055;
    private static final double UPPER_ARM = Pose.UPPER_ARM;
    private static final double FOREARM = Pose.FOREARM;
    private static final double THIGH = Pose.THIGH;
    private static final double SHIN = Pose.SHIN;

    /** What else is in the picture. */
    enum Prop { NONE, CHAIR, WALL, BIKE, MAT }

    private final int width;
    private final int height;
    private final double unit;
    private final double floorY;

    FigureRenderer(int width, int height) {
        this.width = width;
        this.height = height;
        this.unit = height * 0.75;
        this.floorY = height * 0.86;
    }

    BufferedImage render(Pose pose, Prop prop, int levelDots, int ofDots) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            drawProp(g, prop);
            g.setColor(FLOOR);
            g.setStroke(new BasicStroke((float) (unit * 0.012)));
            g.draw(new Line2D.Double(width * 0.06, floorY, width * 0.94, floorY));
            drawFigure(g, pose);
            drawLevel(g, levelDots, ofDots);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawFigure(Graphics2D g, Pose p) {
        Point2D hip = new Point2D.Double(width / 2.0 + p.hipX() * unit, floorY - p.hipY() * unit);
        Point2D shoulder = step(hip, p.trunk(), TRUNK);
        Point2D neckTop = step(shoulder, p.head(), NECK);
        Point2D headCentre = step(neckTop, p.head(), HEAD_R);

        BasicStroke limb = new BasicStroke((float) (unit * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setStroke(limb);
        g.setColor(FAR);
        drawChain(g, hip, p.farThigh(), THIGH, p.farShin(), SHIN);
        drawChain(g, shoulder, p.farUpperArm(), UPPER_ARM, p.farForearm(), FOREARM);

        g.setColor(NEAR);
        g.setStroke(new BasicStroke((float) (unit * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(hip, shoulder));
        g.draw(new Line2D.Double(shoulder, neckTop));
        g.setStroke(limb);
        drawChain(g, hip, p.nearThigh(), THIGH, p.nearShin(), SHIN);
        drawChain(g, shoulder, p.nearUpperArm(), UPPER_ARM, p.nearForearm(), FOREARM);
        double r = HEAD_R * unit;
        g.fill(new Ellipse2D.Double(headCentre.getX() - r, headCentre.getY() - r, 2 * r, 2 * r));
        g.setColor(ACCENT);
        double j = unit * 0.022;
        g.fill(new Ellipse2D.Double(hip.getX() - j, hip.getY() - j, 2 * j, 2 * j));
    }

    private void drawChain(Graphics2D g, Point2D from, double a1, double l1, double a2, double l2) {
        Point2D mid = step(from, a1, l1);
        Point2D end = step(mid, a2, l2);
        g.draw(new Line2D.Double(from, mid));
        g.draw(new Line2D.Double(mid, end));
    }

    private Point2D step(Point2D from, double angleDegrees, double length) {
        double a = Math.toRadians(angleDegrees);
        return new Point2D.Double(from.getX() + Math.sin(a) * length * unit, from.getY() - Math.cos(a) * length * unit);
    }

    private void drawProp(Graphics2D g, Prop prop) {
        g.setColor(PROP);
        g.setStroke(new BasicStroke((float) (unit * 0.02), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double cx = width / 2.0;
        switch (prop) {
            case CHAIR -> {
                double seat = floorY - 0.24 * unit;
                g.draw(new Line2D.Double(cx - 0.18 * unit, seat, cx + 0.02 * unit, seat));
                g.draw(new Line2D.Double(cx - 0.16 * unit, seat, cx - 0.16 * unit, floorY));
                g.draw(new Line2D.Double(cx, seat, cx, floorY));
                g.draw(new Line2D.Double(cx - 0.18 * unit, seat, cx - 0.18 * unit, seat - 0.30 * unit));
            }
            case WALL -> g.draw(new Line2D.Double(cx - 0.20 * unit, floorY, cx - 0.20 * unit, floorY - 1.05 * unit));
            case BIKE -> {
                double r = 0.13 * unit;
                g.draw(new Ellipse2D.Double(cx - 0.45 * unit - r, floorY - 2 * r, 2 * r, 2 * r));
                g.draw(new Ellipse2D.Double(cx + 0.40 * unit - r, floorY - 2 * r, 2 * r, 2 * r));
                g.draw(new Line2D.Double(cx - 0.45 * unit, floorY - r, cx - 0.05 * unit, floorY - 0.40 * unit));
                g.draw(new Line2D.Double(cx - 0.05 * unit, floorY - 0.40 * unit, cx + 0.40 * unit, floorY - r));
            }
            case MAT -> {
                g.setStroke(new BasicStroke((float) (unit * 0.03)));
                g.draw(new Line2D.Double(width * 0.18, floorY - unit * 0.012, width * 0.82, floorY - unit * 0.012));
            }
            case NONE -> {
                // Floor only.
            }
        }
    }

    /** Filled dots for the level (1..of), so a gym can tell the variants apart at a glance. */
    private void drawLevel(Graphics2D g, int level, int of) {
        double r = unit * 0.025;
        for (int i = 0; i < of; i++) {
            double x = width * 0.06 + i * r * 3;
            double y = height * 0.08;
            g.setColor(i < level ? ACCENT : PROP);
            g.fill(new Ellipse2D.Double(x, y, 2 * r, 2 * r));
        }
    }
}
