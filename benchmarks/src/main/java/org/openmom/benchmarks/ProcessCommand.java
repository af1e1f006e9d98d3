package org.openmom.benchmarks;

/** How to start one program of a run: a Java program ({@link JvmCommand}) or a native one ({@link NativeCommand}). */
sealed interface ProcessCommand permits JvmCommand, NativeCommand {
    ProcessBuilder toProcessBuilder();
}
