package org.openmom.examples.chat.client;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.openmom.client.ClientOptions;
import org.openmom.client.ConnectionListener;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.wire.UserInfo;

/**
 * One person in the chat: the service {@code CHAT} registered as the person's user name on an
 * OpenMOM server. This class is the whole use of the client API in the demo; the rest of the
 * demo is its window. Every method but {@link #open} returns at once or blocks on the network:
 * call them off the JavaFX thread.
 */
public final class ChatConnection implements AutoCloseable {
    /** The service every chat registers as; a chat message goes to (CHAT, the other person's name). */
    public static final String SERVICE = "CHAT";
    /** The event of every chat message (a service tells its kinds of messages apart by event). */
    public static final String EVENT = "say";
    /** How long one fetch waits for a message in polling mode before it asks again. */
    private static final Duration FETCH_WAIT = Duration.ofMillis(250);

    private final OpenMomClient client;
    private final Consumer<ChatLine> incoming;
    private final Thread fetcher;
    private volatile boolean closed;

    private ChatConnection(OpenMomClient client, Consumer<ChatLine> incoming, boolean callback) {
        this.client = client;
        this.incoming = incoming;
        // Unchecked Callback: no message is pushed, the chat fetches them itself on a thread of its own.
        this.fetcher = callback ? null : new Thread(this::fetchUntilClosed, "chat-fetch-" + client.who().user());
    }

    /**
     * Connects and registers as (CHAT, {@code request.user()}).
     *
     * @param callback true: the server pushes messages as they arrive (the client calls a
     *                 listener); false: they wait in the mailbox until this chat fetches them
     * @param incoming gets each message received, on a thread of the client (not the FX thread)
     * @param connection told when the server is lost and when the client is back (it reconnects
     *                   by itself, failing over along the addresses, and registers again)
     * @throws OpenMomException one line naming the servers tried and why none was reached
     */
    public static ChatConnection open(ChatRequest request, OpenMomHome home, boolean callback, Consumer<ChatLine> incoming,
            ConnectionListener connection) {
        ServiceUser me = ServiceUser.of(SERVICE, request.user());
        // 1. Who we are and how we receive: the mode is told to the server when registering.
        ClientOptions options = ClientOptions.of(me).withHome(home).withPolling(!callback);
        // 2. Where: the addresses to try in order (a Host, or the Servers List's declarations).
        // 3. Connect and register: returns once registered, or throws saying what was tried.
        OpenMomClient client = OpenMomClient.connect(options, ChatAddresses.of(request.where(), me, home));
        client.addConnectionListener(connection);
        ChatConnection chat = new ChatConnection(client, incoming, callback);
        if (callback) {
            // 4a. Callback: the client calls the listener for each message, acknowledged when it returns.
            client.setMessageListener(chat::received);
        } else {
            chat.fetcher.setDaemon(true);
            chat.fetcher.start();
        }
        return chat;
    }

    /** 4b. Polling: ask the server for the next message (FETCH), handle it, ask again. */
    private void fetchUntilClosed() {
        try {
            while (!closed) {
                ReceivedMessage message = client.receive(FETCH_WAIT); // acknowledges the one returned before
                if (message != null) {
                    received(message);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void received(ReceivedMessage message) {
        if (EVENT.equals(message.event())) {
            incoming.accept(new ChatLine(LocalTime.now(), ChatLine.Kind.RECEIVED, message.from().user(), message.to().user(),
                    message.bodyText(), message.isPersistent(), false));
        }
    }

    /**
     * Says {@code text} to {@code toUser} and waits for the server's confirmation. A persistent
     * message is confirmed once it is safe on the server; when {@code toUser} is not connected it
     * waits there and is delivered when they register. An ordinary one nobody receives is lost.
     *
     * @return the line as the sender's window shows it
     * @throws OpenMomException when the server refused it or is not reachable now
     */
    public ChatLine say(String toUser, String text, boolean persistent) throws InterruptedException {
        Post post = Post.to(ServiceUser.of(SERVICE, toUser), EVENT, text);
        PostResult result = await(client.post(persistent ? post.persistent() : post));
        if (result.recipients() == 0 && !result.waiting()) {
            throw new OpenMomException(toUser + " is not connected: nobody received it — check Persistent to leave a message");
        }
        return new ChatLine(LocalTime.now(), ChatLine.Kind.SENT, me(), toUser, text, persistent, result.waiting());
    }

    /**
     * The users of the connected CHAT services of this server and of the servers its routers
     * reach, this chat's own included (the USERS request: what {@code ./openmom users CHAT/*}
     * prints). A user connected on two servers is one name.
     */
    public List<String> users() throws InterruptedException {
        List<UserInfo> services = await(client.users(ServiceUser.of(SERVICE, "*")));
        return services.stream().map(UserInfo::user).distinct().sorted().toList();
    }

    /** Whether the server pushes this chat's messages (Callback), or the chat fetches them. */
    public boolean pushed() {
        return fetcher == null;
    }

    /** The user name this chat is registered as. */
    public String me() {
        return client.who().user();
    }

    /** The server it is connected to now, e.g. {@code Demo/1 at local:Demo.1} (it changes after a failover). */
    public String server() {
        return client.server();
    }

    /** The answer of a request, or its failure as the client API's one-line exception. */
    private static <T> T await(CompletableFuture<T> answer) throws InterruptedException {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof OpenMomException known ? known : new OpenMomException(String.valueOf(cause.getMessage()), cause);
        }
    }

    /** Unregisters (BYE). Messages not handled yet go back to the server's mailbox for the next time. */
    @Override
    public void close() {
        closed = true;
        client.close();
    }
}
