package org.openmom.app.server.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code openmom desktop install|uninstall} into a temporary XDG tree: the entries pass
 * {@code desktop-file-validate}, their {@code Exec} lines start the programs, nothing is written
 * elsewhere, and the uninstall leaves the tree as it was.
 */
class DesktopMenuTest {
    @TempDir
    Path folder;
    private Path data;
    private Path config;
    /** The openmom command the entries start: in a folder whose name needs quoting in an Exec line. */
    private Path launcher;

    @BeforeEach
    void xdgTreeAndLauncher() throws IOException {
        data = folder.resolve("home/.local/share");
        config = folder.resolve("home/.config");
        Files.createDirectories(data.resolve("applications"));
        Files.writeString(data.resolve("applications/someone-else.desktop"), "[Desktop Entry]\n");
        Path tools = Files.createDirectories(folder.resolve("my tools"));
        launcher = tools.resolve("openmom");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Djava.awt.headless=true -cp '" + System.getProperty("java.class.path")
                + "' " + PackagedLauncher.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theFiveEntriesTheirIconsAndTheSubmenuAreWrittenUnderTheXdgDirectoriesOnly() throws Exception {
        List<Path> before = tree();
        int code = DesktopMain.run(List.of("install"), environment(), folder.resolve("home").toString());

        assertThat(code).isZero();
        List<Path> added = new ArrayList<>(tree());
        added.removeAll(before);
        assertThat(added).allMatch(path -> path.startsWith(data) || path.startsWith(config));
        assertThat(data.resolve("applications")).isDirectoryContaining("glob:**/openmom-server.desktop")
                .isDirectoryContaining("glob:**/openmom-explorer.desktop").isDirectoryContaining("glob:**/openmom-servers-list-editor.desktop")
                .isDirectoryContaining("glob:**/openmom-config-editor.desktop").isDirectoryContaining("glob:**/openmom-chat.desktop");
        for (int pixels : new int[] {16, 24, 32, 48, 128, 256}) {
            for (DesktopProgram program : DesktopProgram.values()) {
                assertThat(data.resolve("icons/hicolor/" + pixels + "x" + pixels + "/apps/" + program.iconName() + ".png")).isNotEmptyFile();
            }
        }
        assertThat(Files.readString(data.resolve("applications/openmom-server.desktop")))
                .contains("Name=OpenMOM Server\n").contains("Exec=\"" + launcher + "\" server-window\n")
                .contains("Icon=openmom-app-server\n").contains("Categories=Network;X-OpenMOM;\n");
        Document menu = readXml(config.resolve("menus/applications-merged/openmom.menu"));
        assertThat(menu.getElementsByTagName("Category").item(0).getTextContent()).isEqualTo("X-OpenMOM");
        assertThat(data.resolve("desktop-directories/openmom.directory")).content().contains("Name=OpenMOM\n");
    }

    @Test
    void everyEntryPassesDesktopFileValidate() throws Exception {
        DesktopMain.run(List.of("install"), environment(), folder.resolve("home").toString());

        for (DesktopProgram program : DesktopProgram.values()) {
            assertThat(run(List.of("desktop-file-validate", data.resolve("applications/" + program.entryFile()).toString())))
                    .as(program.entryFile()).isEqualTo(new Ran(0, ""));
        }
        assertThat(run(List.of("desktop-file-validate", data.resolve("desktop-directories/openmom.directory").toString())))
                .isEqualTo(new Ran(0, ""));
    }

    @Test
    void eachExecLineStartsItsProgram() throws Exception {
        DesktopMain.run(List.of("install"), environment(), folder.resolve("home").toString());

        Map<DesktopProgram, String> saysOnHelp = Map.of(
                DesktopProgram.SERVER, "OpenMOM Server: starts, watches and stops an OpenMOM server",
                DesktopProgram.EXPLORER, "OpenMOM Explorer: live servers, services, mailboxes and reflexes.",
                DesktopProgram.SERVERS_LIST_EDITOR, "Servers List Editor: edits the Servers List",
                DesktopProgram.CONFIG_EDITOR, "Server Configuration Editor: edits the reflexes of an OpenMOM server",
                DesktopProgram.CHAT, "OpenMOM Chat demo: talk with the other users of the service CHAT.");
        for (DesktopProgram program : DesktopProgram.values()) {
            List<String> command = new ArrayList<>(execOf(data.resolve("applications/" + program.entryFile())));
            assertThat(command).containsExactly(launcher.toString(), program.subcommand());
            command.add("--help");
            Ran help = run(command);
            assertThat(help.code()).as(program.subcommand()).isZero();
            assertThat(help.output()).as(program.subcommand()).contains(saysOnHelp.get(program));
        }
    }

    @Test
    void uninstallRemovesExactlyWhatInstallWrote() throws Exception {
        List<Path> before = tree();
        DesktopMain.run(List.of("install"), environment(), folder.resolve("home").toString());
        DesktopMain.run(List.of("install"), environment(), folder.resolve("home").toString()); // twice: still one menu

        assertThat(DesktopMain.run(List.of("uninstall"), environment(), folder.resolve("home").toString())).isZero();

        assertThat(tree()).isEqualTo(before);
        assertThat(data.resolve("applications/someone-else.desktop")).exists();
        assertThat(DesktopMain.run(List.of("uninstall"), environment(), folder.resolve("home").toString())).isZero();
    }

    @Test
    void anExecArgumentWithReservedCharactersIsQuotedAndEscaped() {
        assertThat(ExecLine.of(List.of("/opt/openmom/bin/openmom", "explorer"))).isEqualTo("/opt/openmom/bin/openmom explorer");
        assertThat(ExecLine.of(List.of("/home/a b/openmom", "chat"))).isEqualTo("\"/home/a b/openmom\" chat");
        assertThat(ExecLine.of(List.of("/x/$HOME\\y", "chat"))).isEqualTo("\"/x/\\\\$HOME\\\\\\\\y\" chat");
        assertThat(ExecLine.of(List.of("/x/100%", "chat"))).isEqualTo("/x/100%% chat");
    }

    private Map<String, String> environment() {
        return Map.of("XDG_DATA_HOME", data.toString(), "XDG_CONFIG_HOME", config.toString(), "OPENMOM_LAUNCHER", launcher.toString());
    }

    /** Every file and folder of the temporary tree. */
    private List<Path> tree() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    /** The Exec key's arguments, unquoted as a desktop would (the entries have no field codes). */
    private static List<String> execOf(Path entry) throws IOException {
        String exec = Files.readAllLines(entry).stream().filter(line -> line.startsWith("Exec=")).findFirst().orElseThrow()
                .substring("Exec=".length()).replace("\\\\", "\\");
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < exec.length(); i++) {
            char c = exec.charAt(i);
            if (quoted && c == '\\') {
                current.append(exec.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        arguments.add(current.toString());
        return arguments;
    }

    private static Document readXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private record Ran(int code, String output) {}

    private static Ran run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 60 s");
        }
        return new Ran(process.exitValue(), output.strip());
    }
}
