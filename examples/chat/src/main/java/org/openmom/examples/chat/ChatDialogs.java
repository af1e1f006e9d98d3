package org.openmom.examples.chat;

import java.util.Optional;
import org.openmom.examples.chat.client.ChatRequest;

/** The windows the chat opens besides its own; tests and the program give their own. */
interface ChatDialogs {
    /** The connect screen; the request, or empty when the person cancels. */
    Optional<ChatRequest> askWhereToConnect(ConnectScreenModel screen);

    /** A failure, whole. */
    void showError(String title, String message);

    /** The users list (a window of its own that stays open beside the chat). */
    void showUsers(UsersModel users);

    void showAbout();
}
