package org.openmom.app.explorer.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.admin.protocol.MessageLines;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.SourceMap;
import org.openmom.fileformat.TextFiles;

/**
 * A messages file as Export and Import choose it: JSON Lines, one exported message a line
 * (headers, properties, the body in base64), as {@code openmom export} writes it
 * ({@link MessageLines}). Big files are streamed by Export and Import, not read whole.
 */
public final class MessagesFormat implements DocumentFormat<List<ExportedMessage>> {
    public static final MessagesFormat INSTANCE = new MessagesFormat();

    private MessagesFormat() {}

    @Override
    public String documentKind() {
        return "Messages File";
    }

    @Override
    public String defaultFileName() {
        return "messages.jsonl";
    }

    @Override
    public List<FileChooser.ExtensionFilter> extensionFilters() {
        return List.of(new FileChooser.ExtensionFilter("Messages files (*.jsonl)", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    @Override
    public List<ExportedMessage> emptyDocument() {
        return List.of();
    }

    @Override
    public ParseResult<List<ExportedMessage>> parse(String fileName, String text) {
        List<ExportedMessage> messages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                messages.add(AdminJson.read(lines[i].getBytes(StandardCharsets.UTF_8), ExportedMessage.class));
            } catch (RuntimeException e) {
                problems.add(Problem.error(fileName, i + 1, 1, "not an exported message: " + e.getMessage(),
                        "write one message a line, as ./openmom export does"));
            }
        }
        return new ParseResult<>(messages, problems, new SourceMap(fileName));
    }

    @Override
    public ParseResult<List<ExportedMessage>> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    @Override
    public String write(List<ExportedMessage> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (ExportedMessage message : messages) {
                MessageLines.write(out, message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
