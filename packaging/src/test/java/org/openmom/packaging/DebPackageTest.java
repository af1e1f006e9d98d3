package org.openmom.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/build-deb.sh} builds the Debian package from the modules built before this
 * one, and {@code dpkg-deb} shows what it installs: the launcher and the openmom command, the
 * five desktop entries, their icons and the OpenMOM submenu; the launcher unpacked runs.
 */
class DebPackageTest {
    private static final List<String> PROGRAMS = List.of("server", "explorer", "servers-list-editor", "config-editor", "chat");
    private static final int[] SIZES = {16, 24, 32, 48, 128, 256};

    @TempDir
    static Path folder;
    private static Path deb;
    private static List<String> contents;

    @BeforeAll
    static void buildThePackage() throws Exception {
        // surefire runs in the module's folder: packaging/
        List<String> built = run(List.of(Path.of("build-deb.sh").toAbsolutePath().toString(), folder.resolve("out").toString()), 600);
        deb = Path.of(built.get(built.size() - 1));
        contents = run(List.of("dpkg-deb", "--contents", deb.toString()), 60);
    }

    @Test
    void itIsADebianPackageOfOpenMom() throws Exception {
        assertThat(deb.getFileName().toString()).matches("openmom_0\\.1\\.0~SNAPSHOT_[a-z0-9]+\\.deb");
        assertThat(run(List.of("dpkg-deb", "--field", deb.toString(), "Package", "Depends"), 60))
                .containsExactly("Package: openmom", "Depends: libc6, libgtk-3-0, libxtst6, libfontconfig1");
    }

    @Test
    void itInstallsTheLauncherAndTheOpenmomCommandOnThePath() {
        assertThat(contents).anyMatch(line -> line.startsWith("-rwxr-xr-x root/root") && line.endsWith(" ./opt/openmom/bin/openmom"));
        assertThat(contents).anyMatch(line -> line.endsWith(" ./usr/bin/openmom -> /opt/openmom/bin/openmom"));
        assertThat(contents).anyMatch(line -> line.matches(".* \\./opt/openmom/lib/app/app-server-[^/]+\\.jar"))
                .anyMatch(line -> line.matches(".* \\./opt/openmom/lib/app/app-explorer-[^/]+\\.jar"))
                .anyMatch(line -> line.matches(".* \\./opt/openmom/lib/app/app-servers-list-editor-[^/]+\\.jar"))
                .anyMatch(line -> line.matches(".* \\./opt/openmom/lib/app/app-config-editor-[^/]+\\.jar"))
                .anyMatch(line -> line.matches(".* \\./opt/openmom/lib/app/chat-[^/]+\\.jar"))
                .anyMatch(line -> line.endsWith(" ./opt/openmom/lib/runtime/release"));
    }

    @Test
    void itInstallsTheFiveDesktopEntriesTheirIconsAndTheSubmenu() {
        for (String program : PROGRAMS) {
            assertThat(contents).as(program).anyMatch(line -> line.endsWith(" ./usr/share/applications/openmom-" + program + ".desktop"));
        }
        for (String icon : List.of("app-server", "app-explorer", "app-servers-list-editor", "app-config-editor", "app-chat")) {
            for (int size : SIZES) {
                String path = " ./usr/share/icons/hicolor/" + size + "x" + size + "/apps/openmom-" + icon + ".png";
                assertThat(contents).as(path).anyMatch(line -> line.endsWith(path));
            }
        }
        assertThat(contents).anyMatch(line -> line.endsWith(" ./etc/xdg/menus/applications-merged/openmom.menu"))
                .anyMatch(line -> line.endsWith(" ./usr/share/desktop-directories/openmom.directory"));
    }

    @Test
    void theEntriesStartTheProgramsThroughTheOpenmomCommandAndTheLauncherRuns() throws Exception {
        Path unpacked = folder.resolve("unpacked");
        run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), 120);

        assertThat(Files.readAllLines(unpacked.resolve("usr/share/applications/openmom-server.desktop")))
                .contains("Exec=/usr/bin/openmom server-window", "Name=OpenMOM Server");
        assertThat(run(List.of(unpacked.resolve("opt/openmom/bin/openmom").toString(), "server-window", "--help"), 120))
                .anyMatch(line -> line.startsWith("OpenMOM Server: starts, watches and stops an OpenMOM server"));
        assertThat(run(List.of(unpacked.resolve("opt/openmom/bin/openmom").toString(), "config-editor", "--help"), 120))
                .anyMatch(line -> line.startsWith("Server Configuration Editor: edits the reflexes of an OpenMOM server"));
        assertThat(run(List.of(unpacked.resolve("opt/openmom/bin/openmom").toString(), "chat", "--help"), 120))
                .anyMatch(line -> line.startsWith("OpenMOM Chat demo: talk with the other users of the service CHAT."));
        assertThat(run(List.of(unpacked.resolve("opt/openmom/bin/openmom").toString(), "check", "--help"), 120))
                .anyMatch(line -> line.startsWith("Usage: openmom check"));
    }

    @Test
    void dpkgInstallsItAndRemovesEveryFileItInstalled() throws Exception {
        // a dpkg database of its own in a folder: the machine's packages are not touched (the scripts run with DPKG_ROOT)
        Path root = folder.resolve("root");
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createFile(root.resolve("var/lib/dpkg/status"));
        List<String> dpkg = List.of("dpkg", "--root=" + root, "--force-script-chrootless", "--force-depends",
                "--log=" + folder.resolve("dpkg.log"));

        run(concat(dpkg, "-i", deb.toString()), 300);
        assertThat(root.resolve("usr/bin/openmom")).isSymbolicLink();
        assertThat(run(List.of(root.resolve("opt/openmom/bin/openmom").toString(), "desktop", "--help"), 120))
                .anyMatch(line -> line.startsWith("usage: openmom desktop install"));
        run(concat(dpkg, "--purge", "openmom"), 300);

        try (var left = Files.walk(root)) {
            // what stays is dpkg's own database, and the desktop's caches of entries and icons its tools rebuilt (when installed)
            assertThat(left.filter(Files::isRegularFile).map(root::relativize).map(Path::toString)
                    .filter(path -> !path.startsWith("var/lib/dpkg/")))
                    .isSubsetOf("usr/share/applications/mimeinfo.cache", "usr/share/icons/hicolor/icon-theme.cache");
        }
    }

    private static List<String> concat(List<String> command, String... more) {
        List<String> all = new java.util.ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    /** Runs {@code command}; its output lines, or an AssertionError with them when it fails. */
    private static List<String> run(List<String> command, int seconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + seconds + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output.lines().toList();
    }
}
