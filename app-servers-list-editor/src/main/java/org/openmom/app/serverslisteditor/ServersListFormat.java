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
 * The Servers List as a document of the editor: server-runtime's parser and writer, and the
 * warnings only a program on this machine can give — a protocol this platform cannot use (the
 * same rule as the editor's Test), a Local declaration while no local server runs here.
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
        boolean localServersHere = localServersRunning.getAsBoolean();
        List<Problem> warnings = new ArrayList<>();
        List<ServersListEntry> entries = result.model().entries();
        for (int i = 0; i < entries.size(); i++) {
            List<ServerDeclaration> declarations = entries.get(i).declarations();
            for (int j = 0; j < declarations.size(); j++) {
                ElementRef where = ElementRef.of(i, j);
                declarations.get(j).locator().protocolSequence().ifPresent(protocol -> {
                    if (!DeclarationWords.usableHere(protocol)) {
                        warnings.add(result.sourceMap().locate(Finding.warning(where, ServerDeclaration.PROTOCOL,
                                DeclarationWords.notUsableHere(protocol) + ": services here skip this declaration",
                                "declare the server by TCP/IP (ncacn_ip_tcp) too, or keep it for machines that have "
                                        + protocol.fileName())));
                    } else if (protocol == ProtocolSequence.LOCAL && !localServersHere) {
                        warnings.add(result.sourceMap().locate(Finding.warning(where, ServerDeclaration.PROTOCOL,
                                "no server listens on the local protocol (ncalrpc) on this machine: this declaration finds no server now",
                                "start one (./openmom server -p ncalrpc), or declare the server by TCP/IP")));
                    }
                });
            }
        }
        return result.withProblems(warnings);
    }
}
