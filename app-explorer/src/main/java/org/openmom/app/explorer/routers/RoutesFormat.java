package org.openmom.app.explorer.routers;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.routes.RoutesWriter;

/** The routes file (docs/file-formats.md, {@code *.routes}) as Open and Save Routers File choose, read and write it. */
public final class RoutesFormat implements DocumentFormat<RoutesFile> {
    public static final RoutesFormat INSTANCE = new RoutesFormat();

    private RoutesFormat() {}

    @Override
    public String documentKind() {
        return "Routers File";
    }

    @Override
    public String defaultFileName() {
        return "server.routes";
    }

    @Override
    public List<FileChooser.ExtensionFilter> extensionFilters() {
        return List.of(new FileChooser.ExtensionFilter("Routes files (*.routes)", "*.routes"),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    @Override
    public RoutesFile emptyDocument() {
        return RoutesFile.empty();
    }

    @Override
    public ParseResult<RoutesFile> parse(String fileName, String text) {
        return RoutesParser.parse(fileName, text);
    }

    @Override
    public ParseResult<RoutesFile> read(Path file) throws FileProblemException {
        return RoutesParser.read(file);
    }

    @Override
    public String write(RoutesFile document) {
        return RoutesWriter.write(document);
    }
}
