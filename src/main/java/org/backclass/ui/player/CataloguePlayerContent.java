package org.backclass.ui.player;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.image.Image;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player's cues and posters from the exercise catalogue: an exercise's cues in the kiosk's
 * language, and the poster {@code <mediaDir>/<demo>.png} and demo clip {@code <mediaDir>/<demo>.mp4}
 * of the level shown (named by {@link ExerciseLevel#demo()}). Education steps have no cues here.
 *
 * <p>Threading: FX thread only (the poster cache is not synchronised). Images load in the
 * background ({@link Image} with background loading), so a poster never blocks a tick; a missing
 * file gives the placeholder.
 */
public final class CataloguePlayerContent implements CueSource, PosterSource, VideoSource {

    private static final Logger LOG = LoggerFactory.getLogger(CataloguePlayerContent.class);

    private final ExerciseCatalogue catalogue;
    private final Locale locale;
    private final Path mediaDir;
    private final Map<PosterKey, Optional<Image>> posters = new HashMap<>();

    public CataloguePlayerContent(ExerciseCatalogue catalogue, Locale locale, Path mediaDir) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.mediaDir = Objects.requireNonNull(mediaDir, "mediaDir");
    }

    @Override
    public List<String> cuesFor(String id) {
        return catalogue.find(id).map(e -> e.cues().stream().map(cue -> cue.in(locale)).toList()).orElse(List.of());
    }

    @Override
    public Image posterFor(String exerciseId, int level) {
        return posters.computeIfAbsent(new PosterKey(exerciseId, level), this::load).orElse(null);
    }

    /** The demo clip {@code <mediaDir>/<demo>.mp4}, or null if the catalogue does not know the level. */
    @Override
    public Path videoFor(String exerciseId, int level) {
        return mediaFile(exerciseId, level, ".mp4").orElse(null);
    }

    /** The poster file for an exercise level, if the catalogue knows the level. */
    Optional<Path> posterFile(String exerciseId, int level) {
        return mediaFile(exerciseId, level, ".png");
    }

    private Optional<Path> mediaFile(String exerciseId, int level, String extension) {
        return catalogue.find(exerciseId).flatMap(e -> e.level(level))
                .map(l -> mediaDir.resolve(l.demo() + extension));
    }

    private Optional<Image> load(PosterKey key) {
        Optional<Path> file = posterFile(key.exerciseId(), key.level());
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            LOG.warn("No poster for {} level {} ({})", key.exerciseId(), key.level(), file.orElse(null));
            return Optional.empty();
        }
        return Optional.of(new Image(file.get().toUri().toString(), true));
    }
}
