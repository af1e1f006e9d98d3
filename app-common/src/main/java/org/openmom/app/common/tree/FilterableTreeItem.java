package org.openmom.app.common.tree;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose visible children are its {@link #getSourceChildren() source children}
 * filtered by a predicate: a child stays visible when it matches or when one of its own
 * descendants does, so a match deep in the tree keeps the path to it. Programs edit the source
 * children; {@link #getChildren()} is derived and must not be edited directly.
 */
public class FilterableTreeItem<T> extends TreeItem<T> {
    private final ObservableList<TreeItem<T>> sourceChildren = FXCollections.observableArrayList();
    private final FilteredList<TreeItem<T>> visibleChildren = new FilteredList<>(sourceChildren);
    private final ObjectProperty<Predicate<T>> predicate = new SimpleObjectProperty<>(null);

    public FilterableTreeItem(T value) {
        super(value);
        predicate.addListener((o, before, now) -> apply(now));
        sourceChildren.addListener((javafx.collections.ListChangeListener<TreeItem<T>>) change -> {
            while (change.next()) {
                for (TreeItem<T> added : change.getAddedSubList()) {
                    if (added instanceof FilterableTreeItem<T> filterable) {
                        filterable.predicateProperty().set(predicate.get());
                    }
                }
            }
        });
        Bindings.bindContent(getChildren(), visibleChildren);
    }

    private void apply(Predicate<T> test) {
        // Children first: whether a child stays depends on what remains visible below it.
        for (TreeItem<T> child : sourceChildren) {
            if (child instanceof FilterableTreeItem<T> filterable) {
                filterable.predicateProperty().set(test);
            }
        }
        if (test == null) {
            visibleChildren.setPredicate(null);
            return;
        }
        visibleChildren.setPredicate(child -> test.test(child.getValue()) || !child.getChildren().isEmpty()
                && child instanceof FilterableTreeItem<?>);
    }

    /** The children as the program sets them, before filtering. */
    public ObservableList<TreeItem<T>> getSourceChildren() {
        return sourceChildren;
    }

    /** What a node must match to stay visible; null shows everything. */
    public ObjectProperty<Predicate<T>> predicateProperty() {
        return predicate;
    }
}
