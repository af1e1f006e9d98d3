package org.openmom.app.explorer.messages;

import java.text.NumberFormat;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.PageOrder;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.ServerConnection;

/**
 * The message table without its controls: one page of the selected mailbox, read from the
 * server (which reads only that page, so a mailbox of 100,000 messages pages as fast as a small
 * one), paged both ways, oldest or newest first. It reads its page again whenever its server's
 * tree is refreshed (live mode, or after a change), so what it shows stays current.
 */
public final class MessageTableModel {
    /** Messages a page shows: enough to scroll through, few enough to read at once. */
    public static final int PAGE_SIZE = 200;

    private final ObservableList<MessageSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MailboxRef> mailbox = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    /** Counts the pages shown; the table keeps its selection across each. */
    private final ReadOnlyIntegerWrapper pagesShown = new ReadOnlyIntegerWrapper(0);
    private boolean replacing;
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(() -> mailbox.get() != null && offset.get() > 0,
            mailbox, offset);
    private final BooleanBinding canGoForward = Bindings.createBooleanBinding(
            () -> mailbox.get() != null && offset.get() + PAGE_SIZE < total.get(), mailbox, offset, total);
    private final ChangeListener<Number> refreshed = (o, was, now) -> read(offset.get());
    private ServerConnection connection;
    /** Counts the reads asked for: only the answer to the last one is shown. */
    private long reads;

    public MessageTableModel() {
        newestFirst.addListener((o, was, now) -> {
            if (mailbox.get() != null) {
                read(0); // the other end of the mailbox is now the first page
            }
        });
    }

    /** Shows the first page of {@code ref} on {@code server}. */
    public void show(ServerConnection server, MailboxRef ref) {
        if (server == connection && ref.equals(mailbox.get())) {
            return;
        }
        clear();
        connection = server;
        mailbox.set(ref);
        server.lastUpdateProperty().addListener(refreshed);
        read(0);
    }

    /** Shows nothing (no mailbox selected). */
    public void clear() {
        if (connection != null) {
            connection.lastUpdateProperty().removeListener(refreshed);
        }
        connection = null;
        mailbox.set(null);
        reads++;
        replacing = true;
        try {
            rows.clear();
        } finally {
            replacing = false;
        }
        offset.set(0);
        total.set(0);
        position.set("");
    }

    public void firstPage() {
        read(0);
    }

    public void previousPage() {
        read(Math.max(0, offset.get() - PAGE_SIZE));
    }

    public void nextPage() {
        read(offset.get() + PAGE_SIZE);
    }

    /** The end of the mailbox: its last page, whole (so it holds the newest, or the oldest, messages). */
    public void lastPage() {
        read(Math.max(0, total.get() - PAGE_SIZE));
    }

    /** Reads the page shown again. */
    public void reload() {
        read(offset.get());
    }

    private void read(int from) {
        if (connection == null) {
            return;
        }
        long read = ++reads;
        MailboxRef ref = mailbox.get();
        MailboxQuery query = MailboxQuery.first(ref, PAGE_SIZE).page(from, PAGE_SIZE)
                .ordered(newestFirst.get() ? PageOrder.NEWEST_FIRST : PageOrder.OLDEST_FIRST);
        connection.page(query, page -> {
            if (read == reads) {
                shown(page);
            }
        }, error -> {
            if (read == reads) {
                position.set("The messages cannot be read: " + error);
            }
        });
    }

    private void shown(MailboxPage page) {
        if (page.messages().isEmpty() && page.offset() > 0 && page.total() > 0) {
            total.set(page.total());
            lastPage(); // messages left since the page was asked for: show the end that is still there
            return;
        }
        replacing = true;
        try {
            rows.setAll(page.messages());
        } finally {
            replacing = false;
        }
        offset.set(page.offset());
        total.set(page.total());
        NumberFormat count = NumberFormat.getIntegerInstance();
        position.set(page.total() == 0 ? "No message"
                : "Messages " + count.format(page.offset() + 1L) + "–" + count.format((long) page.offset() + page.messages().size())
                        + " of " + count.format(page.total()) + (newestFirst.get() ? ", newest first" : ", oldest first"));
        pagesShown.set(pagesShown.get() + 1);
    }

    /** True while the rows are being replaced by a new page: the selection the table loses then is not the person's doing. */
    public boolean isReplacing() {
        return replacing;
    }

    /** Changes after each page read (the same page read again included). */
    public ReadOnlyIntegerProperty pagesShownProperty() {
        return pagesShown.getReadOnlyProperty();
    }

    /** The messages of {@code selected} as nodes, for the actions and the details pane. */
    public List<ExplorerNode> nodes(List<MessageSummary> selected) {
        if (connection == null) {
            return List.of();
        }
        return selected.stream().map(m -> ExplorerNode.ofMessage(m, mailbox.get(), connection)).toList();
    }

    /** The page shown, in the server's order (the table may sort it by a column). */
    public ObservableList<MessageSummary> rows() {
        return rows;
    }

    /** The mailbox shown, or null. */
    public ReadOnlyObjectProperty<MailboxRef> mailboxProperty() {
        return mailbox.getReadOnlyProperty();
    }

    /** Newest first (the end of the mailbox first) instead of oldest first. */
    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Messages 201–400 of 57,000, oldest first", or why they cannot be read. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** First page and Previous page apply. */
    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    /** Next page and Last page apply. */
    public BooleanBinding canGoForward() {
        return canGoForward;
    }
}
