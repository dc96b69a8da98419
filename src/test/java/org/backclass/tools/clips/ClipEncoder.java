package org.backclass.tools.clips;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a {@link Motion} frame by frame and pipes raw frames into ffmpeg: H.264, yuv420p,
 * fast-start (the index first, so playback starts before the file is read through), no audio
 * track (JavaFX halts a clip with audio on a kiosk without a sound device). Writes the first
 * frame as the poster PNG.
 */
final class ClipEncoder {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 24;
    private static final double RETURN_SECONDS = 1.0;

    private final FigureRenderer renderer = new FigureRenderer(WIDTH, HEIGHT);

    /** Encodes one clip; returns the number of frames written. */
    int encode(Motion motion, int level, int levels, Path mp4, Path poster) throws IOException, InterruptedException {
        Files.createDirectories(mp4.toAbsolutePath().getParent());
        Path log = Files.createTempFile("ffmpeg", ".log");
        Process ffmpeg = new ProcessBuilder(List.of("ffmpeg", "-y", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", WIDTH + "x" + HEIGHT, "-r", Integer.toString(FPS),
                "-i", "-", "-an", "-c:v", "libx264", "-preset", "medium", "-crf", "28", "-pix_fmt", "yuv420p",
                "-movflags", "+faststart", "-tune", "animation", mp4.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int frames = (int) Math.round(motion.seconds(RETURN_SECONDS) * FPS);
        try (OutputStream in = ffmpeg.getOutputStream()) {
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = renderer.render(motion.at(i / (double) FPS, RETURN_SECONDS), motion.prop(),
                        level, levels);
                if (i == 0) {
                    ImageIO.write(frame, "png", poster.toFile());
                }
                in.write(((DataBufferByte) frame.getRaster().getDataBuffer()).getData());
            }
        }
        if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IOException("ffmpeg failed for " + mp4 + ": " + Files.readString(log));
        }
        Files.deleteIfExists(log);
        return frames;
    }
}
