package org.openmom.app.explorer.activations;

import org.openmom.admin.ActivationInfo;

/** The questions the activated-program commands ask the person. */
public interface ActivationDialogs {
    /** Stop Program: whether to stop {@code activation}'s processes, saying how many run. */
    boolean confirmStopProgram(String serverLabel, ActivationInfo activation);

    void showError(String title, String message);
}
