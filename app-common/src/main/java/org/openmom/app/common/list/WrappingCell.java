package org.openmom.app.common.list;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * A line of a list that is never cut off: its text wraps at the list's width (a cell with no
 * width of its own takes the list's), and the whole text is its tooltip too.
 */
public class WrappingCell extends ListCell<String> {
    public WrappingCell() {
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
        setTooltip(empty || line == null ? null : new Tooltip(line));
    }
}
