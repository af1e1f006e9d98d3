package org.openmom.app.server.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openmom.icons.IconSize;

/**
 * The OpenMOM submenu of the desktop's applications menu: a desktop entry per program whose
 * {@code Exec} starts it through the given {@code openmom} launcher, the icons in the hicolor
 * theme, the menu's directory entry and the XDG menu merge file that groups them. An install
 * writes under the given XDG directories only and records every file and folder it made, so the
 * uninstall removes exactly those.
 */
public final class DesktopMenu {
    static final String MENU_FILE = "openmom.menu";
    static final String DIRECTORY_FILE = "openmom.directory";
    private static final String TEMPLATES = "/org/openmom/app/server/desktop/";

    private final XdgDirectories xdg;

    public DesktopMenu(XdgDirectories xdg) {
        this.xdg = xdg;
    }

    /**
     * Writes the menu, each entry starting {@code launcher SUBCOMMAND}.
     *
     * @return the files written
     */
    public List<Path> install(String launcher) throws IOException {
        List<Path> made = new ArrayList<>();
        List<Path> written = write(launcher, made);
        record(written, made);
        return written;
    }

    /**
     * Writes the menu as a package installs it (dpkg keeps the list of its files: no record of
     * them is written here).
     *
     * @return the files written
     */
    public List<Path> export(String launcher) throws IOException {
        return write(launcher, new ArrayList<>());
    }

    private List<Path> write(String launcher, List<Path> made) throws IOException {
        List<Path> written = new ArrayList<>();
        for (DesktopProgram program : DesktopProgram.values()) {
            String entry = template(program.entryFile() + ".in").replace("Exec=@LAUNCHER@ " + program.subcommand(),
                    "Exec=" + ExecLine.of(List.of(launcher, program.subcommand())));
            written.add(write(xdg.applications().resolve(program.entryFile()), entry.getBytes(StandardCharsets.UTF_8), made));
            for (IconSize size : IconSize.values()) {
                try (InputStream png = program.icon().url(size).openStream()) {
                    written.add(write(xdg.icons(size.pixels()).resolve(program.iconName() + ".png"), png.readAllBytes(), made));
                }
            }
        }
        written.add(write(xdg.desktopDirectories().resolve(DIRECTORY_FILE), template(DIRECTORY_FILE).getBytes(StandardCharsets.UTF_8), made));
        written.add(write(xdg.mergedMenus().resolve(MENU_FILE), template(MENU_FILE).getBytes(StandardCharsets.UTF_8), made));
        return written;
    }

    /**
     * Removes what the last install wrote (and the folders it made, when they are empty).
     *
     * @return the files removed; none when nothing is installed
     */
    public List<Path> uninstall() throws IOException {
        Path record = xdg.installRecord();
        if (!Files.exists(record)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            if (line.startsWith("file ")) {
                Path file = Path.of(line.substring(5));
                if (Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            } else if (line.startsWith("folder ")) {
                folders.add(Path.of(line.substring(7)));
            }
        }
        Files.delete(record);
        folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : folders) {
            removeIfEmpty(folder);
        }
        return removed;
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException keptForOthers) {
            // something else was put there since: it stays, and so does its folder
        } catch (NoSuchFileException gone) {
            // already removed by hand
        }
    }

    private Path write(Path file, byte[] content, List<Path> made) throws IOException {
        makeFolders(file.getParent(), made);
        Files.write(file, content);
        return file;
    }

    /** Creates the missing folders of {@code folder}, remembering each one made. */
    private static void makeFolders(Path folder, List<Path> made) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.isDirectory(f); f = f.getParent()) {
            missing.add(0, f);
        }
        for (Path f : missing) {
            Files.createDirectory(f);
            made.add(f);
        }
    }

    private void record(List<Path> written, List<Path> made) throws IOException {
        Path record = xdg.installRecord();
        List<String> lines = new ArrayList<>();
        if (Files.exists(record)) {
            // a second install keeps the folders the first one made: the uninstall removes those too
            Files.readAllLines(record, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("folder ")).forEach(lines::add);
        }
        makeFolders(record.getParent(), made);
        made.forEach(folder -> lines.add("folder " + folder));
        written.forEach(file -> lines.add("file " + file));
        Files.write(record, lines.stream().distinct().toList(), StandardCharsets.UTF_8);
    }

    private static String template(String name) {
        try (InputStream in = Objects.requireNonNull(DesktopMenu.class.getResourceAsStream(TEMPLATES + name),
                () -> "missing desktop template " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the templates ship inside the program: failing to read one is a bug, not a person's mistake
            throw new UncheckedIOException(e);
        }
    }
}
