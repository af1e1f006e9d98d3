package org.openmom.app.explorer.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TreeItem;
import org.openmom.app.common.tree.FilterableTreeItem;

/**
 * Puts a fresh list of nodes under a tree item, reusing the item of every node whose key is
 * already there: a refresh changes texts and counts without losing what the person selected
 * or expanded.
 */
final class TreeSync {
    private TreeSync() {}

    /**
     * Turns {@code children} into {@code wanted} by removing and inserting only what changed:
     * replacing the whole list would make the tree drop its selection (the selected item would
     * be removed and added back).
     */
    private static void edit(List<TreeItem<ExplorerNode>> children, List<FilterableTreeItem<ExplorerNode>> wanted) {
        Set<TreeItem<ExplorerNode>> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(child -> !keep.contains(child));
        for (int i = 0; i < wanted.size(); i++) {
            FilterableTreeItem<ExplorerNode> item = wanted.get(i);
            if (i < children.size() && children.get(i) == item) {
                continue;
            }
            children.remove(item); // moved (rare: lists are in a stable order); no-op when new
            children.add(i, item);
        }
    }

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
            edit(parent.getSourceChildren(), items);
        }
        return items;
    }
}
