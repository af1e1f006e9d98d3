package org.openmom.benchmarks;

import java.util.List;

/** How to start a program that is not Java (the NATS server): its command line. */
record NativeCommand(List<String> command) implements ProcessCommand {

    @Override
    public ProcessBuilder toProcessBuilder() {
        return new ProcessBuilder(command);
    }
}
