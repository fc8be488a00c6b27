package fi.valvonta.it.platform;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of the server's log written from a moment on (a test class takes it before its deployment),
 * so that what an earlier run or an earlier server wrote can make no test pass or fail. A log rotated
 * meanwhile is read whole: it then holds only this run's lines.
 */
public final class ServerLog {

    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    public static ServerLog fromNow() {
        Path file = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        try {
            return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read() throws IOException {
        long size = Files.size(file);
        long from = size < start ? 0 : start;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) (size - from)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
