package org.ganplayground.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The database folder holds password hashes and learners' work: it is made readable by its owner
 * only, before the database opens it (registered in META-INF/spring.factories, so it runs before
 * any bean). Existing files from earlier versions are tightened too.
 */
public class DataFolder implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        // before anything opens the folder, and again once the database made its files (the
        // folder's own permissions already keep others out; this is for copies and backups)
        Environment env = null;
        if (event instanceof ApplicationEnvironmentPreparedEvent e) {
            env = e.getEnvironment();
        } else if (event instanceof ApplicationReadyEvent e) {
            env = e.getApplicationContext().getEnvironment();
        }
        String dir = env == null ? null : env.getProperty("gan.data-dir");
        if (dir == null
                || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        ownerOnly(Path.of(dir));
    }

    static void ownerOnly(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.setPosixFilePermissions(
                                f, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + dir + " private", e);
        }
    }
}
