package org.openmom.app.configeditor;

import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.OpenMomHome;

/**
 * What the editor's commands need from the program: background work, a way to choose a jar,
 * and this machine's OpenMOM home (its running servers).
 */
record EditorServices(BackgroundWork background, JarChooser jarChooser, OpenMomHome home) {}
