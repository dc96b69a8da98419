package org.backclass.tools.clips;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clip tool writes real, kiosk-ready MP4s: H.264, fast-start, no audio track, a poster. */
class ClipEncoderTest {

    @TempDir
    Path dir;

    /** Top-level MP4 box types in file order. */
    private static List<String> topLevelBoxes(Path mp4) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(mp4));
        List<String> boxes = new ArrayList<>();
        while (data.remaining() >= 8) {
            long size = Integer.toUnsignedLong(data.getInt(data.position()));
            String type = new String(new byte[] {data.get(data.position() + 4), data.get(data.position() + 5),
                    data.get(data.position() + 6), data.get(data.position() + 7)}, StandardCharsets.ISO_8859_1);
            boxes.add(type);
            if (size < 8) {
                break;
            }
            data.position((int) (data.position() + size));
        }
        return boxes;
    }

    @Test
    void aClipIsFastStartH264WithoutAudioAndHasAPoster() throws Exception {
        Path mp4 = dir.resolve("bird-dog-3.mp4");
        Path png = dir.resolve("bird-dog-3.png");

        int frames = new ClipEncoder().encode(Motions.forExercise("bird-dog", "STRENGTH", 3), 3, 4, mp4, png);

        List<String> boxes = topLevelBoxes(mp4);
        assertThat(boxes).startsWith("ftyp").contains("moov", "mdat");
        assertThat(boxes.indexOf("moov")).as("index before data (fast start)").isLessThan(boxes.indexOf("mdat"));
        String raw = new String(Files.readAllBytes(mp4), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("avc1").contains("vide").doesNotContain("soun");
        assertThat(frames).isBetween(ClipEncoder.FPS * 4, ClipEncoder.FPS * 30);
        assertThat(Files.size(mp4)).isBetween(1_000L, 2_000_000L);
        BufferedImage poster = ImageIO.read(png.toFile());
        assertThat(poster.getWidth()).isEqualTo(ClipEncoder.WIDTH);
        assertThat(poster.getHeight()).isEqualTo(ClipEncoder.HEIGHT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bird-dog, STRENGTH", "glute-bridge, STRENGTH", "cat-cow, MOBILITY", "marching, AEROBIC",
            "something-new, STRETCH"})
    void everyLevelLooksDifferentAndEveryMotionMoves(String id, String category) {
        FigureRenderer renderer = new FigureRenderer(ClipEncoder.WIDTH, ClipEncoder.HEIGHT);
        List<List<String>> films = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            Motion m = Motions.forExercise(id, category, level);
            List<String> film = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                // The level dots differ by design: draw every level with the same dots to compare movements.
                film.add(fingerprint(renderer.render(m.at(m.seconds(1.0) * i / 10, 1.0), m.prop(), 0, 4)));
            }
            assertThat(new java.util.HashSet<>(film)).as("level %d moves", level).hasSizeGreaterThan(1);
            films.add(film);
        }
        assertThat(films).as("each level is its own movement").doesNotHaveDuplicates();
    }

    private static String fingerprint(BufferedImage image) {
        return Integer.toHexString(java.util.Arrays.hashCode(
                ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData()));
    }
}
