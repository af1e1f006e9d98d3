package org.openmom.stress;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/** Every thread of this JVM with its whole stack and the locks it holds and waits for: what a hang looked like. */
final class ThreadDump {
    private ThreadDump() {}

    static String now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder dump = new StringBuilder();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked == null) {
            dump.append("no deadlocked threads (ThreadMXBean.findDeadlockedThreads)\n");
        } else {
            dump.append("DEADLOCKED:\n");
            for (ThreadInfo info : threads.getThreadInfo(deadlocked, true, true)) {
                append(dump, info);
            }
            dump.append("all threads:\n");
        }
        for (ThreadInfo info : threads.dumpAllThreads(true, true)) {
            append(dump, info);
        }
        return dump.toString();
    }

    /** Unlike {@link ThreadInfo#toString()}, which stops after eight frames. */
    private static void append(StringBuilder dump, ThreadInfo info) {
        dump.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
        if (info.getLockInfo() != null) {
            dump.append(" on ").append(info.getLockInfo());
        }
        if (info.getLockOwnerName() != null) {
            dump.append(" owned by \"").append(info.getLockOwnerName()).append('"');
        }
        dump.append('\n');
        StackTraceElement[] stack = info.getStackTrace();
        for (int i = 0; i < stack.length; i++) {
            dump.append("\tat ").append(stack[i]).append('\n');
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                if (monitor.getLockedStackDepth() == i) {
                    dump.append("\t- locked ").append(monitor).append('\n');
                }
            }
        }
        for (LockInfo synchronizer : info.getLockedSynchronizers()) {
            dump.append("\t- holds ").append(synchronizer).append('\n');
        }
        dump.append('\n');
    }
}
