package org.openmom.app.common.document;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;

/** What a document controller needs to know about one kind of file. */
public interface DocumentFormat<T> {
    /** What a person calls the document, e.g. "Servers List". */
    String documentKind();

    /** The name proposed when saving a new document, e.g. "Servers.lst". */
    String defaultFileName();

    List<FileChooser.ExtensionFilter> extensionFilters();

    T emptyDocument();

    ParseResult<T> parse(String fileName, String text);

    ParseResult<T> read(Path file) throws FileProblemException;

    String write(T document);

    /** The problems the document would have once saved, at the lines it would be written to. */
    default ParseResult<T> check(String fileName, T document) {
        return parse(fileName, write(document));
    }

    /** Whether {@link #problemsBeyondTheText} reads other files (then it runs in the background after every change). */
    default boolean hasProblemsBeyondTheText() {
        return false;
    }

    /**
     * Problems only other files tell (e.g. the jars a server configuration names), added to
     * {@link #check}'s. Reads those files: called off the FX thread.
     *
     * @param file where the document is or will be saved (relative names in it resolve there), null for a new one
     */
    default List<Finding> problemsBeyondTheText(Path file, T document) {
        return List.of();
    }
}
