package org.openmom.app.common.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** What a table's column shows of each row: one line for the controllers of tables of records. */
public final class Columns {
    private Columns() {}

    /** Shows {@code value} of each row in {@code column} (read once per row: the rows are immutable records). */
    public static <R, T> void show(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }
}
