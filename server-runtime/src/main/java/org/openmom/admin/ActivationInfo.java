package org.openmom.admin;

import java.util.List;
import org.openmom.config.ActivationModel;

/**
 * One activated program, as the Explorer and {@code openmom status} show it.
 *
 * @param service          the service it is started for (the Activation line's Service Name)
 * @param program          its path as the configuration file writes it
 * @param model            WAIT or NOWAIT
 * @param max              how many may run at once (1 for WAIT)
 * @param state            where it stands
 * @param pids             the processes running now
 * @param starts           how many times the server started it
 * @param lastExit         the exit code of the last process that ended, or null if none has
 * @param lastExitAtMillis when it ended, epoch milliseconds (0 if none has)
 * @param problem          why it is FAILED, or why its last start failed; null when nothing went wrong
 */
public record ActivationInfo(String service, String program, ActivationModel model, int max, ActivationState state, List<Long> pids,
        int starts, Integer lastExit, long lastExitAtMillis, String problem) {
    public ActivationInfo {
        pids = List.copyOf(pids);
    }
}
