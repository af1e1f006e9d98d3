package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.stage.FileChooser;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.model.ProtocolSequence;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersListEntry;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListParser;
import org.openmom.serverslist.ServersListWriter;

/**
 * The Servers List as a document of the editor: server-runtime's parser and writer, and one
 * warning only a program on this machine can give — a Local declaration while no local server
 * runs here.
 */
final class ServersListFormat implements DocumentFormat<ServersList> {
    private final BooleanSupplier localServersRunning;

    ServersListFormat(BooleanSupplier localServersRunning) {
        this.localServersRunning = localServersRunning;
    }

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

    @Override
    public ParseResult<ServersList> check(String fileName, ServersList document) {
        ParseResult<ServersList> result = parse(fileName, write(document));
        if (localServersRunning.getAsBoolean()) {
            return result;
        }
        List<Problem> warnings = new ArrayList<>();
        List<ServersListEntry> entries = result.model().entries();
        for (int i = 0; i < entries.size(); i++) {
            List<ServerDeclaration> declarations = entries.get(i).declarations();
            for (int j = 0; j < declarations.size(); j++) {
                if (declarations.get(j).locator().protocolSequence().filter(p -> p == ProtocolSequence.LOCAL).isPresent()) {
                    warnings.add(result.sourceMap().locate(Finding.warning(ElementRef.of(i, j), ServerDeclaration.PROTOCOL,
                            "no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now",
                            "start one (./openmom server -p ncalrpc), or declare the server by TCP/IP")));
                }
            }
        }
        return result.withProblems(warnings);
    }
}
