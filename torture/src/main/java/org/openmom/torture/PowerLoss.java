package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openmom.model.ServiceUser;

/**
 * R3: a power loss. The disk keeps what was fsynced; what was written after the last fsync may
 * be there, partly there (a torn record), or garbage. The server confirms a persistent message
 * only after its record was fsynced in every journal file, so after a SIGKILL during confirmed
 * sends each file (master and mirror, independently) is cut at a random offset between the end
 * of the last record holding a confirmed message and the end of its data — cutting through a
 * record tears it — and a random number of garbage bytes (0–512) is appended. After a restart
 * every confirmed message must still arrive, and none twice: as in R1, the previous drain's
 * removals were written before this round's first confirmed record, so no cut reaches them.
 */
final class PowerLoss extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("SINK", "r3");
    private static final int MAX_GARBAGE = 512;

    PowerLoss() {
        super("R3", "power loss: journals cut back to their last sync, torn record");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        Random random = scenario.random();
        int rounds = scenario.pick(5, 3);
        Duration latest = scenario.pick(Duration.ofMillis(2000), Duration.ofMillis(700));
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        Path home = scenario.newHome();
        List<String> config = MirroredJournal.install(home);
        long bytesLost = 0;
        int tornRecords = 0;
        int tornReported = 0;
        ServerChild server = scenario.startServer(home, config);
        try {
            for (int round = 1; round <= rounds; round++) {
                ConfirmedProducers producers = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(CONSUMER, 3));
                RandomCrash.strike(server, ledger, random, latest);
                producers.stop();
                Set<String> confirmed = ledger.confirmedKeys();
                StringBuilder cuts = new StringBuilder();
                for (Path journal : MirroredJournal.both(home)) {
                    Cut cut = Cut.choose(JournalScan.records(journal), confirmed, random);
                    JournalSurgery.cutAt(journal, cut.offset(), garbage(random));
                    bytesLost += cut.bytesLost();
                    tornRecords += cut.tearsRecord() ? 1 : 0;
                    cuts.append(' ').append(home.relativize(journal)).append(": ").append(cut);
                }
                long logMark = ServerLogLines.mark(server.logFile());
                server = scenario.startServer(home, config);
                tornReported += (int) ServerLogLines.since(server.logFile(), logMark).stream()
                        .filter(line -> line.contains("torn last batch")).count();
                DrainingConsumer.drain(server, CONSUMER, ledger, Duration.ofSeconds(300));
                scenario.say("round " + round + ":" + cuts + "; " + ledger.missing().size() + " confirmed missing, "
                        + ledger.duplicates().size() + " delivered more than once so far ("
                        + ledger.repeatedInSession() + " twice to the same consumer)");
                scenario.checkNoneMissing("round " + round + ": confirmed messages lost after the power loss");
            }
        } finally {
            server.close();
        }
        ledger.checkNothingLost(report);
        ledger.checkOrder(report);
        ledger.checkNoDuplicates(report); // the previous drain's removals precede the confirmed records kept
        report.figure("rounds", rounds);
        report.figure("unsynced bytes dropped", bytesLost);
        report.figure("records torn", tornRecords);
        report.figure("torn tails reported", tornReported);
    }

    private static byte[] garbage(Random random) {
        byte[] garbage = new byte[random.nextInt(MAX_GARBAGE + 1)];
        random.nextBytes(garbage);
        return garbage;
    }

    /**
     * Where a power loss cuts one journal file: at or after the end of its last record holding a
     * confirmed message (everything up to there was fsynced), at most at the end of its data.
     */
    record Cut(long syncedEnd, long dataEnd, long offset, boolean tearsRecord) {
        static Cut choose(List<JournalScan.JournalRecord> records, Set<String> confirmed, Random random) {
            long syncedEnd = JournalScan.FILE_HEADER_BYTES;
            for (JournalScan.JournalRecord record : records) {
                if (record.putKeys().stream().anyMatch(confirmed::contains)) {
                    syncedEnd = record.end();
                }
            }
            long dataEnd = JournalScan.dataEnd(records);
            long offset = syncedEnd + (long) (random.nextDouble() * (dataEnd - syncedEnd + 1));
            offset = Math.min(offset, dataEnd);
            long at = offset;
            boolean tears = records.stream().anyMatch(record -> record.contains(at));
            return new Cut(syncedEnd, dataEnd, offset, tears);
        }

        long bytesLost() {
            return dataEnd - offset;
        }

        @Override
        public String toString() {
            return "cut at " + offset + " (synced to " + syncedEnd + ", data to " + dataEnd + (tearsRecord ? ", record torn)" : ")");
        }
    }
}
