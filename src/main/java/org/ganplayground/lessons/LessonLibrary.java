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
 * order, their teacher packs by slug, and a line for each file that did not parse. Plain Java so
 * the lesson files can be checked without starting the app.
 */
public record LessonLibrary(
        List<Lesson> lessons, Map<String, TeacherPack> packs, List<String> problems) {

    public LessonLibrary {
        lessons = List.copyOf(lessons);
        packs = Map.copyOf(packs);
        problems = List.copyOf(problems);
    }

    /**
     * Reads every {@code .md} file of the folder except README.md, and the teacher packs of its
     * {@code teacher} folder.
     */
    public static LessonLibrary load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new LessonLibrary(
                    List.of(),
                    Map.of(),
                    List.of("No lessons folder at " + folder.toAbsolutePath()));
        }
        List<String> unreadable = new ArrayList<>();
        Map<String, String> texts = read(folder, unreadable);
        Path packFolder = folder.resolve(TeacherPackParser.FOLDER);
        Map<String, String> packs =
                Files.isDirectory(packFolder) ? read(packFolder, unreadable) : Map.of();
        LessonLibrary parsed = parse(texts, packs);
        List<String> problems = new ArrayList<>(unreadable);
        problems.addAll(parsed.problems());
        return new LessonLibrary(parsed.lessons(), parsed.packs(), problems);
    }

    private static Map<String, String> read(Path folder, List<String> unreadable) {
        Map<String, String> texts = new TreeMap<>();
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
        return texts;
    }

    /** Whether a file name is a lesson: any {@code .md} file except README.md. */
    public static boolean isLessonFile(String name) {
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    /**
     * Parses lesson texts by file name, in file-name order, checking numbers and slugs, then the
     * teacher packs by file name: each lesson needs one. A broken or missing pack is a problem but
     * leaves its lesson to the learners.
     */
    public static LessonLibrary parse(
            Map<String, String> textsByFileName, Map<String, String> packsByFileName) {
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
        Map<String, TeacherPack> packs = new HashMap<>();
        Map<String, Lesson> byFile = new HashMap<>();
        lessons.forEach(l -> byFile.put(l.file(), l));
        for (Map.Entry<String, String> file : new TreeMap<>(packsByFileName).entrySet()) {
            try {
                TeacherPack pack =
                        TeacherPackParser.parse(
                                file.getKey(), file.getValue(), byFile.get(file.getKey()));
                packs.put(pack.slug(), pack);
            } catch (LessonFormatException e) {
                problems.add(e.getMessage());
            }
        }
        for (Lesson l : lessons) {
            if (!packs.containsKey(l.slug()) && !packsByFileName.containsKey(l.file())) {
                problems.add(
                        l.file()
                                + ":1: no teacher pack: write "
                                + TeacherPackParser.FOLDER
                                + "/"
                                + l.file());
            }
        }
        return new LessonLibrary(lessons, packs, problems);
    }
}
