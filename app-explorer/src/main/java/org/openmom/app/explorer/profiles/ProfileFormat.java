package org.openmom.app.explorer.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.SourceMap;
import org.openmom.fileformat.TextFiles;
import org.openmom.model.ServerAddress;

/**
 * A connection profile file ({@code *.profile}): one server a line, its fields apart by tabs —
 * {@code NAME/ROLE}, the address ({@code local:NAME.ROLE} or {@code host:port}) and, for a
 * server only looked at, {@code read-only}. {@code #} starts a comment line. No secret is kept
 * in it: TCP servers use the Explorer's {@code --admin-secret-file}.
 */
public final class ProfileFormat implements DocumentFormat<ConnectionProfile> {
    public static final ProfileFormat INSTANCE = new ProfileFormat();
    static final String READ_ONLY = "read-only";

    private ProfileFormat() {}

    @Override
    public String documentKind() {
        return "Connection Profile";
    }

    @Override
    public String defaultFileName() {
        return "servers.profile";
    }

    @Override
    public List<FileChooser.ExtensionFilter> extensionFilters() {
        return List.of(new FileChooser.ExtensionFilter("Connection profiles (*.profile)", "*.profile"),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    @Override
    public ConnectionProfile emptyDocument() {
        return new ConnectionProfile(List.of());
    }

    @Override
    public ParseResult<ConnectionProfile> parse(String fileName, String text) {
        List<ConnectionProfile.Server> servers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2 || fields.length > 3) {
                problems.add(Problem.error(fileName, i + 1, 1, "a server's line has " + fields.length + " field"
                        + (fields.length == 1 ? "" : "s"), "write NAME/ROLE, a tab, its address (local:NAME.ROLE or host:port),"
                        + " and a tab and read-only for a server only looked at"));
                continue;
            }
            if (fields.length == 3 && !fields[2].strip().equals(READ_ONLY)) {
                problems.add(Problem.error(fileName, i + 1, line.lastIndexOf('\t') + 2, "'" + fields[2].strip()
                        + "' is not a flag of a server", "write read-only, or nothing"));
                continue;
            }
            try {
                servers.add(new ConnectionProfile.Server(fields[0].strip(), ServerAddress.parse(fields[1]), fields.length == 3));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(fileName, i + 1, line.indexOf('\t') + 2, e.getMessage(),
                        "write local:NAME.ROLE or host:port"));
            }
        }
        return new ParseResult<>(new ConnectionProfile(servers), problems, new SourceMap(fileName));
    }

    @Override
    public ParseResult<ConnectionProfile> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    @Override
    public String write(ConnectionProfile profile) {
        StringBuilder text = new StringBuilder("# OpenMOM Explorer connection profile: NAME/ROLE, a tab, the address"
                + " (and a tab and read-only for a server only looked at)\n");
        for (ConnectionProfile.Server server : profile.servers()) {
            text.append(server.name()).append('\t').append(server.address()).append(server.readOnly() ? "\t" + READ_ONLY : "")
                    .append('\n');
        }
        return text.toString();
    }
}
