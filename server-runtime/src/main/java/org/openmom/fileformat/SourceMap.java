package org.openmom.fileformat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each parsed element stood in its file, to place the validator's findings. */
public final class SourceMap {
    private final String fileName;
    private final Map<ElementRef, SourceLine> lines = new HashMap<>();

    public SourceMap(String fileName) {
        this.fileName = fileName;
    }

    public void put(ElementRef element, SourceLine line) {
        lines.put(element, line);
    }

    public Problem locate(Finding finding) {
        SourceLine line = lines.get(finding.element());
        if (line == null) {
            return new Problem(finding.severity(), fileName, 1, 1, finding.message(), finding.fix(), finding.element());
        }
        List<Token> tokens = line.tokens();
        int column = finding.field() < tokens.size()
                ? tokens.get(Math.max(0, finding.field())).column()
                : line.endColumn();
        return new Problem(finding.severity(), fileName, line.number(), column, finding.message(), finding.fix(), finding.element());
    }
}
