package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.cli.ActivationProgramCheck;
import org.openmom.cli.BuiltinReflexCheck;
import org.openmom.cli.JarReflexCheck;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.config.ServerConfigurationWriter;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;

/**
 * The server configuration as a document of the editor: server-runtime's parser and writer, and
 * the problems {@code openmom check config} reports (the file's rules and the built-in names the
 * server knows at once, the jars' reflexes in the background), so the editor and the command
 * never disagree.
 */
final class ConfigurationFormat implements DocumentFormat<ServerConfiguration> {
    @Override
    public String documentKind() {
        return "Server Configuration";
    }

    @Override
    public String defaultFileName() {
        return ConfigEditorApp.DEFAULT_FILE_NAME;
    }

    @Override
    public List<FileChooser.ExtensionFilter> extensionFilters() {
        return List.of(new FileChooser.ExtensionFilter("Server configurations (*.conf)", "*.conf"),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    @Override
    public ServerConfiguration emptyDocument() {
        return ServerConfiguration.empty();
    }

    @Override
    public ParseResult<ServerConfiguration> parse(String fileName, String text) {
        return BuiltinReflexCheck.addTo(ServerConfigurationParser.parse(fileName, text));
    }

    @Override
    public ParseResult<ServerConfiguration> read(Path file) throws FileProblemException {
        return BuiltinReflexCheck.addTo(ServerConfigurationParser.read(file));
    }

    @Override
    public boolean hasProblemsBeyondTheText() {
        return true;
    }

    /**
     * What the jars a line names tell, as check config and the server's start find it (no reflex
     * code runs), and whether the activated programs are there to be started.
     */
    @Override
    public List<Finding> problemsBeyondTheText(Path file, ServerConfiguration document) {
        List<Finding> findings = new ArrayList<>(JarReflexCheck.findings(file, document.reflexes()));
        findings.addAll(ActivationProgramCheck.findings(file, document.reflexes()));
        return findings;
    }

    @Override
    public String write(ServerConfiguration document) {
        return ServerConfigurationWriter.write(document);
    }
}
