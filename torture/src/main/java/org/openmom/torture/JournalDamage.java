package org.openmom.torture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openmom.model.ServiceUser;

/**
 * R4: damage inside journals — a flipped bit, a lost block (bytes cut out of a record), a
 * truncation, a damaged header — in the master only (the {@code ~} mirror must repair it) or the
 * same in master and mirror (nothing can repair it). After a restart the damage must be reported
 * in the server log, the batches after it must be kept (never silently dropped with it), and
 * every confirmed message must arrive except those in a record no copy had intact.
 *
 * <p>Each kind of damage has its own logging service and journal, so one restart checks them all.
 * A second restart must then find nothing left to repair and nothing left to deliver.
 */
final class JournalDamage extends Scenario {

    /** What is done to a journal, and what the server must say about it. */
    enum Damage {
        FLIP_IN_MASTER(false, "repaired from mirror|restored from"),
        FLIP_IN_BOTH(true, "are damaged (checksum mismatch)"),
        /** Each copy has a flipped bit in a different record: each repairs the other. */
        FLIPS_APART(false, "restored from|repaired from mirror"),
        HOLE_IN_MASTER(false, "repaired from mirror|restored from"),
        HOLE_IN_BOTH(true, "are damaged (checksum mismatch)"),
        MASTER_TRUNCATED(false, "repaired from mirror"),
        /** The last record: without the mirror it would look like a write torn by a crash. */
        LAST_RECORD_FLIPPED_IN_MASTER(false, "repaired from mirror"),
        MASTER_HEADER_FLIPPED(false, "repaired from mirror");

        final boolean unrepairable;
        /** Alternatives, one of which a log line naming the journal must contain. */
        final String[] reports;

        Damage(boolean unrepairable, String reports) {
            this.unrepairable = unrepairable;
            this.reports = reports.split("\\|");
        }

        ServiceUser service() {
            return ServiceUser.of("DAMAGE" + ordinal(), "r4");
        }

        String journalName() {
            return "damage" + ordinal() + ".journal";
        }
    }

    JournalDamage() {
        super("R4", "journal damage: bit flips, lost blocks, truncation, mirror repair");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        ScenarioReport report = scenario.report();
        int rounds = scenario.pick(3, 1);
        int messagesPerJournal = scenario.pick(600, 150);
        int destroyed = 0;
        for (int round = 1; round <= rounds; round++) {
            destroyed += round(scenario, round, messagesPerJournal);
        }
        report.ledger().checkNothingLost(report);
        report.check(report.ledger().duplicates().isEmpty(), "messages delivered twice: " + Ledger.first(report.ledger().duplicates(), 5));
        report.figure("rounds", rounds);
        report.figure("damages", rounds * Damage.values().length);
        report.figure("destroyed in unrepairable records", destroyed);
    }

    /** One home with a journal per kind of damage; returns how many confirmed messages the unrepairable damage destroyed. */
    private int round(ScenarioContext scenario, int round, int messages) throws Exception {
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        Random random = scenario.random();
        Path home = scenario.newHome();
        List<String> config = installConfiguration(home);
        int destroyed = 0;
        try (ServerChild server = scenario.startServer(home, config)) {
            List<ConfirmedProducers> producers = new ArrayList<>();
            for (Damage damage : Damage.values()) {
                // the scenario's producer sequences go on across rounds: keys stay unique
                producers.add(scenario.produce(server, ConfirmedProducers.Plan.persistentTo(damage.service(), 1).limitedTo(messages)));
            }
            for (ConfirmedProducers producer : producers) {
                producer.awaitSettled();
            }
            server.stop();
        }
        List<String> done = new ArrayList<>();
        for (Damage damage : Damage.values()) {
            List<String> lostKeys = inflict(damage, home, random);
            if (damage.unrepairable) {
                ledger.excuse(lostKeys);
                destroyed += lostKeys.size();
            }
            done.add(damage + (damage.unrepairable ? " (" + lostKeys.size() + " destroyed)" : ""));
        }
        scenario.say("round " + round + ": " + String.join(", ", done));
        try (ServerChild server = scenario.startServer(home, config)) {
            List<String> log = ServerLogLines.since(server.logFile(), 0);
            for (Damage damage : Damage.values()) {
                boolean reported = log.stream().anyMatch(line -> line.contains(damage.journalName())
                        && java.util.Arrays.stream(damage.reports).anyMatch(line::contains));
                report.check(reported, "round " + round + ": " + damage + " not reported in " + server.logFile()
                        + " (expected a line naming " + damage.journalName() + " with " + String.join(" or ", damage.reports) + ")");
                DrainingConsumer.drain(server, damage.service(), ledger, Duration.ofSeconds(300));
            }
            scenario.checkNoneMissing("round " + round + ": confirmed messages missing after the repair");
            long mark = ServerLogLines.mark(server.logFile());
            server.stop();
            try (ServerChild again = scenario.startServer(home, config)) {
                List<String> repairs = ServerLogLines.since(again.logFile(), mark).stream()
                        .filter(line -> line.contains("damage") && line.contains("journal") && line.contains("WARN")).toList();
                report.check(repairs.isEmpty(), "round " + round + ": the restart after the repair found more to repair: " + repairs);
                int waiting = again.snapshot().counters().waitingSeeds();
                report.check(waiting == 0, "round " + round + ": " + waiting + " messages came back after they were all acknowledged");
                again.stop();
            }
        }
        return destroyed;
    }

    /** One logging service per kind of damage, each with a master and a mirror. */
    private static List<String> installConfiguration(Path home) throws IOException {
        Path files = Files.createDirectories(home.resolve("files"));
        StringBuilder text = new StringBuilder("# the torture suite's damaged journals: one per kind of damage\n");
        for (Damage damage : Damage.values()) {
            String service = damage.service().service();
            text.append("LoggingService Journal builtin ").append(service).append(" ~mirror/").append(damage.journalName()).append('\n');
            text.append("LoggingService Journal builtin ").append(service).append(' ').append(damage.journalName()).append('\n');
        }
        Files.writeString(files.resolve("damage.conf"), text);
        return List.of("-c", "damage.conf");
    }

    /** Damages the journal of {@code damage}; returns the keys of the messages in the record it hit. */
    private static List<String> inflict(Damage damage, Path home, Random random) throws IOException {
        Path master = home.resolve("files").resolve(damage.journalName());
        Path mirror = home.resolve("files").resolve("mirror").resolve(damage.journalName());
        List<JournalScan.JournalRecord> records = JournalScan.records(master);
        if (records.size() < 3) {
            throw new TortureException(master + " has only " + records.size() + " records: too few to damage one in the middle");
        }
        // never the first or last record (but for the case of the last): the damage must have intact records on both sides
        int targetIndex = damage == Damage.LAST_RECORD_FLIPPED_IN_MASTER ? records.size() - 1 : 1 + random.nextInt(records.size() - 2);
        JournalScan.JournalRecord target = records.get(targetIndex);
        long length = target.end() - target.start();
        long inside = target.start() + (long) (random.nextDouble() * length);
        List<Path> damaged = damage.name().endsWith("BOTH") ? List.of(master, mirror) : List.of(master);
        if (damage == Damage.FLIPS_APART) {
            int otherIndex = 1 + (targetIndex + random.nextInt(records.size() - 3)) % (records.size() - 2);
            JournalScan.JournalRecord other = records.get(otherIndex);
            JournalSurgery.flipBit(mirror, other.start() + (long) (random.nextDouble() * (other.end() - other.start())), random.nextInt(8));
            damaged = List.of(master);
        }
        for (Path file : damaged) {
            switch (damage) {
                case FLIP_IN_MASTER, FLIP_IN_BOTH, FLIPS_APART, LAST_RECORD_FLIPPED_IN_MASTER ->
                        JournalSurgery.flipBit(file, inside, random.nextInt(8));
                case HOLE_IN_MASTER, HOLE_IN_BOTH -> JournalSurgery.cutOut(file, inside, Math.min(target.end(), inside + 1 + random.nextInt(64)));
                case MASTER_TRUNCATED -> JournalSurgery.cutAt(file, inside, new byte[0]);
                case MASTER_HEADER_FLIPPED -> JournalSurgery.flipBit(file, random.nextInt(JournalScan.FILE_HEADER_BYTES), random.nextInt(8));
                default -> throw new IllegalStateException(damage.toString());
            }
        }
        return target.putKeys();
    }
}
