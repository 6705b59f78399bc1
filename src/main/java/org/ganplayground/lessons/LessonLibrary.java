package org.ganplayground.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The course as read from one folder: the lessons that parsed, in order, and a line for each file
 * that did not. Plain Java so the lesson files can be checked without starting the app.
 */
public record LessonLibrary(List<Lesson> lessons, List<String> problems) {

    public LessonLibrary {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** Reads every {@code .md} file of the folder except README.md. */
    public static LessonLibrary load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new LessonLibrary(
                    List.of(), List.of("No lessons folder at " + folder.toAbsolutePath()));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files =
                    s.filter(p -> p.getFileName().toString().endsWith(".md"))
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        Map<Integer, String> orders = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Lesson lesson =
                        LessonParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
                String sameSlug = slugs.putIfAbsent(lesson.slug(), name);
                String sameOrder = orders.putIfAbsent(lesson.order(), name);
                if (sameSlug != null || sameOrder != null) {
                    throw new LessonFormatException(
                            name,
                            1,
                            "the same number or slug as "
                                    + (sameSlug != null ? sameSlug : sameOrder));
                }
                lessons.add(lesson);
            } catch (LessonFormatException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(name + ": cannot be read: " + e.getMessage());
            }
        }
        return new LessonLibrary(lessons, problems);
    }
}
