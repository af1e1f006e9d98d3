package org.openmom.reflex.runtime;

import java.nio.file.Path;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.SourceText;
import org.openmom.fileformat.TextFiles;

/**
 * The line of each reflex in its configuration file, for {@code CONFIG:LINE} messages: the
 * parsed model keeps no positions, but in a file without errors reflex {@code i} is the
 * {@code i}-th line that is neither blank nor a comment.
 */
final class ConfigurationLines {
    private ConfigurationLines() {}

    static int[] of(Path configFile, int reflexCount) {
        int[] lines = new int[reflexCount];
        for (int i = 0; i < reflexCount; i++) {
            lines[i] = i + 1;
        }
        if (configFile == null) {
            return lines;
        }
        try {
            int index = 0;
            for (SourceLine line : SourceText.of(configFile.toString(), TextFiles.read(configFile)).lines()) {
                if (!line.isTrivia() && index < reflexCount) {
                    lines[index++] = line.number();
                }
            }
        } catch (FileProblemException e) {
            // The file was read a moment ago; if it is gone now, counting from 1 still names the reflex.
        }
        return lines;
    }
}
