package org.openmom.examples.chat;

import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.home.OpenMomHome;

/**
 * How the chat starts (its command line).
 *
 * @param home       where the Servers List and the local servers' registry are
 * @param request    the connect screen's fields
 * @param connectNow the User was given: connect at once, without the connect screen
 * @param callback   Callback checked at start
 */
record ChatSettings(OpenMomHome home, ChatRequest request, boolean connectNow, boolean callback) {}
