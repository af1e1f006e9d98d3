package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;
import org.openmom.serverslist.ServersListWriter;

/** The Servers List as a document of the editor: server-runtime's parser and writer, nothing else. */
final class ServersListFormat implements DocumentFormat<ServersList> {
    @Override
    public String documentKind() {
        return "Servers List";
    }

    @Override
    public String defaultFileName() {
        return "Servers.lst";
    }

    @Override
    public List<FileChooser.ExtensionFilter> extensionFilters() {
        return List.of(new FileChooser.ExtensionFilter("Servers Lists (*.lst)", "*.lst"),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    @Override
    public ServersList emptyDocument() {
        return ServersList.empty();
    }

    @Override
    public ParseResult<ServersList> parse(String fileName, String text) {
        return ServersListParser.parse(fileName, text);
    }

    @Override
    public ParseResult<ServersList> read(Path file) throws FileProblemException {
        return ServersListParser.read(file);
    }

    @Override
    public String write(ServersList document) {
        return ServersListWriter.write(document);
    }
}
