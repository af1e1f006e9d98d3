package org.openmom.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Artemis's JNI wrapper of libaio, where its installer puts it: an Artemis instance has it in
 * {@code bin/lib/linux-x86_64/} and starts its JVM with {@code -Djava.library.path} there;
 * without it the ASYNCIO journal cannot load. The benchmark takes it from the
 * {@code activemq-artemis-native} jar of the Artemis peer's class path.
 */
final class ArtemisNativeLibrary {
    private static final String JAR = "activemq-artemis-native";
    private static final String ENTRY = "lib/linux-x86_64/libartemis-native-64.so";

    private ArtemisNativeLibrary() {}

    /** Copies the library into {@code folder}; returns the JVM option that lets Artemis load it from there. */
    static String libraryPathOption(String artemisClasspath, Path folder) throws IOException {
        for (String element : artemisClasspath.split(File.pathSeparator)) {
            if (Path.of(element).getFileName().toString().startsWith(JAR)) {
                try (ZipFile jar = new ZipFile(element)) {
                    ZipEntry library = jar.getEntry(ENTRY);
                    if (library == null) {
                        throw new BenchFailure(element + " has no " + ENTRY + " — ASYNCIO needs Artemis's native library for this machine");
                    }
                    Files.createDirectories(folder);
                    try (InputStream in = jar.getInputStream(library)) {
                        Files.copy(in, folder.resolve(Path.of(ENTRY).getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                    return "-Djava.library.path=" + folder;
                }
            }
        }
        throw new BenchFailure("no " + JAR + " jar on the Artemis peer's class path — ASYNCIO needs it");
    }
}
