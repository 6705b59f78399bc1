package org.ganplayground.lessons;

/** A lesson file that cannot be used, with where the problem is: {@code 03-x.md:12: ...}. */
public class LessonFormatException extends RuntimeException {

    private final String file;
    private final int line;

    LessonFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
