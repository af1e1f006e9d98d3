package org.openmom.app.common.tree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

class FilterableTreeItemTest {
    @Test
    void aMatchDeepInTheTreeKeepsThePathToIt() {
        FilterableTreeItem<String> root = new FilterableTreeItem<>("root");
        FilterableTreeItem<String> services = new FilterableTreeItem<>("Services");
        FilterableTreeItem<String> reflexes = new FilterableTreeItem<>("Reflexes");
        root.getSourceChildren().addAll(services, reflexes);
        services.getSourceChildren().addAll(new FilterableTreeItem<>("Orders/alice"), new FilterableTreeItem<>("Billing/bob"));
        reflexes.getSourceChildren().add(new FilterableTreeItem<>("Echo"));

        root.predicateProperty().set(text -> text.contains("bob"));

        assertThat(root.getChildren()).extracting(TreeItem::getValue).containsExactly("Services");
        assertThat(services.getChildren()).extracting(TreeItem::getValue).containsExactly("Billing/bob");

        root.predicateProperty().set(null);

        assertThat(root.getChildren()).hasSize(2);
        assertThat(services.getChildren()).hasSize(2);
    }

    @Test
    void childrenAddedWhileFilteringAreFilteredToo() {
        FilterableTreeItem<String> root = new FilterableTreeItem<>("root");
        root.predicateProperty().set(text -> text.startsWith("A"));
        FilterableTreeItem<String> folder = new FilterableTreeItem<>("folder");
        folder.getSourceChildren().addAll(new FilterableTreeItem<>("A1"), new FilterableTreeItem<>("B1"));
        root.getSourceChildren().add(folder);

        assertThat(folder.getChildren()).extracting(TreeItem::getValue).containsExactly("A1");
    }
}
