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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The course as read from one folder (or from the copy in the jar): the lessons that parsed, in
 * order, and a line for each file that did not. Plain Java so the lesson files can be checked
 * without starting the app.
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
        Map<String, String> texts = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path file : s.toList()) {
                String name = file.getFileName().toString();
                if (!isLessonFile(name)) {
                    continue;
                }
                try {
                    texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    unreadable.add(name + ": cannot be read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LessonLibrary parsed = parse(texts);
        List<String> problems = new ArrayList<>(unreadable);
        problems.addAll(parsed.problems());
        return new LessonLibrary(parsed.lessons(), problems);
    }

    /** Whether a file name is a lesson: any {@code .md} file except README.md. */
    public static boolean isLessonFile(String name) {
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    /** Parses lesson texts by file name, in file-name order, checking numbers and slugs. */
    public static LessonLibrary parse(Map<String, String> textsByFileName) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        Map<Integer, String> orders = new HashMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(textsByFileName).entrySet()) {
            String name = file.getKey();
            try {
                Lesson lesson = LessonParser.parse(name, file.getValue());
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
            }
        }
        return new LessonLibrary(lessons, problems);
    }
}
