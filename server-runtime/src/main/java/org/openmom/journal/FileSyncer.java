package org.openmom.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Forces the master and the mirrors at the same time: one fsync per file is unavoidable, but
 * waiting for them one after the other would add their latencies to every commit, and the file
 * system often merges concurrent flushes into one journal commit.
 */
final class FileSyncer {

    private final ExecutorService helpers;

    FileSyncer(String name, int mirrors) {
        this.helpers = mirrors == 0 ? null : Executors.newFixedThreadPool(mirrors, task -> {
            Thread thread = new Thread(task, "journal-sync[" + name + "]");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Forces every file in {@code files} (master first); returns when all are on disk. */
    void forceAll(List<FileChannel> files) throws IOException {
        if (files.size() == 1 || helpers == null) {
            for (FileChannel file : files) {
                file.force(false);
            }
            return;
        }
        List<CompletableFuture<Void>> others = new ArrayList<>(files.size() - 1);
        for (int i = 1; i < files.size(); i++) {
            FileChannel file = files.get(i);
            others.add(CompletableFuture.runAsync(() -> {
                try {
                    file.force(false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, helpers));
        }
        IOException failure = null;
        try {
            files.get(0).force(false);
        } catch (IOException e) {
            failure = e;
        }
        for (CompletableFuture<Void> other : others) {
            try {
                other.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause()
                            : new IOException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void shutdown() {
        if (helpers != null) {
            helpers.shutdown();
        }
    }
}
