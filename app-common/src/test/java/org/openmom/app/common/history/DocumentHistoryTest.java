package org.openmom.app.common.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentHistoryTest {
    private final DocumentHistory<String> history = new DocumentHistory<>("a");

    @Test
    void aNewHistoryIsCleanWithNothingToUndo() {
        assertThat(history.current()).isEqualTo("a");
        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo");
    }

    @Test
    void undoAndRedoWalkTheChangesAndNameThem() {
        history.apply("Add b", s -> s + "b");
        history.apply("Add c", s -> s + "c");

        assertThat(history.current()).isEqualTo("abc");
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo Add c");
        history.undo();
        assertThat(history.current()).isEqualTo("ab");
        assertThat(history.redoTextProperty().get()).isEqualTo("Redo Add c");
        history.undo();
        assertThat(history.current()).isEqualTo("a");
        assertThat(history.canUndoProperty().get()).isFalse();
        history.redo();
        history.redo();
        assertThat(history.current()).isEqualTo("abc");
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeForgetsWhatCouldBeRedone() {
        history.apply("Add b", s -> s + "b");
        history.undo();
        history.apply("Add x", s -> s + "x");

        assertThat(history.current()).isEqualTo("ax");
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        history.apply("Nothing", s -> s);

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void dirtyMeansDifferentFromTheLastSave() {
        history.apply("Add b", s -> s + "b");
        assertThat(history.isDirty()).isTrue();

        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.undo();
        assertThat(history.isDirty()).as("undone past the save").isTrue();
        history.redo();
        assertThat(history.isDirty()).as("back where it was saved").isFalse();
    }

    @Test
    void theSavedStateCannotBeReachedAgainOnceItsBranchIsForgotten() {
        history.apply("Add b", s -> s + "b");
        history.markSaved();
        history.undo();
        history.apply("Add x", s -> s + "x");
        history.undo();

        assertThat(history.current()).isEqualTo("a");
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void resetStartsAFreshCleanHistory() {
        history.apply("Add b", s -> s + "b");

        history.reset("z");

        assertThat(history.current()).isEqualTo("z");
        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndoProperty().get()).isFalse();
    }
}
