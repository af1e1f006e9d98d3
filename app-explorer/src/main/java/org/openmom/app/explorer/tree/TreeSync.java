package org.openmom.app.explorer.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.openmom.app.common.tree.FilterableTreeItem;

/**
 * Puts a fresh list of nodes under a tree item, reusing the item of every node whose key is
 * already there: a refresh changes texts and counts without losing what the person selected
 * or expanded.
 */
final class TreeSync {
    private TreeSync() {}

    /** @return the items of {@code nodes}, in order, each reused or new */
    static List<FilterableTreeItem<ExplorerNode>> sync(FilterableTreeItem<ExplorerNode> parent, List<ExplorerNode> nodes) {
        Map<String, FilterableTreeItem<ExplorerNode>> existing = new HashMap<>();
        for (TreeItem<ExplorerNode> child : parent.getSourceChildren()) {
            existing.put(child.getValue().key(), (FilterableTreeItem<ExplorerNode>) child);
        }
        List<FilterableTreeItem<ExplorerNode>> items = new ArrayList<>(nodes.size());
        for (ExplorerNode node : nodes) {
            FilterableTreeItem<ExplorerNode> item = existing.remove(node.key());
            if (item == null) {
                item = new FilterableTreeItem<>(node);
                item.setExpanded(node.kind().startsExpanded());
            } else if (!item.getValue().sameAs(node)) {
                item.setValue(node);
            }
            items.add(item);
        }
        if (!parent.getSourceChildren().equals(items)) {
            parent.getSourceChildren().setAll(items);
        }
        return items;
    }
}
