package org.openmom.icons;

import java.net.URL;
import java.util.Arrays;
import java.util.Objects;

/**
 * The OpenMOM icon set: one constant per action, node kind and program, each an SVG source
 * ({@code icons/src/main/svg}) rendered to PNG in every {@link IconSize}. The desktop programs
 * take their icons from here only, so the suite has one look.
 */
public enum OpenMomIcon {
    /** Document: new file. */
    DOCUMENT_NEW("document-new"),
    /** Document: open a file. */
    DOCUMENT_OPEN("document-open"),
    /** Document: save. */
    DOCUMENT_SAVE("document-save"),
    /** Document: save under another name. */
    DOCUMENT_SAVE_AS("document-save-as"),
    /** Undo the last change. */
    UNDO("undo"),
    /** Redo the change undone. */
    REDO("redo"),
    /** List: new item. */
    ITEM_ADD("item-add"),
    /** List: edit the selected item. */
    ITEM_EDIT("item-edit"),
    /** List: remove the selected item. */
    ITEM_REMOVE("item-remove"),
    /** List: move the selected item up. */
    MOVE_UP("move-up"),
    /** List: move the selected item down. */
    MOVE_DOWN("move-down"),
    /** Probe a server declaration. */
    PROBE("probe"),
    /** Which entry a service uses. */
    WHO_CONNECTS("who-connects"),
    /** Connect to servers. */
    CONNECT("connect"),
    /** Disconnect. */
    DISCONNECT("disconnect"),
    /** Refresh the selected connection. */
    REFRESH("refresh"),
    /** Delete the selected message or seed. */
    DELETE_MESSAGE("delete-message"),
    /** Enable or disable. */
    TOGGLE_STATUS("toggle-status"),
    /** Create a server router. */
    CREATE_SERVER_ROUTER("create-server-router"),
    /** Create a service router. */
    CREATE_SERVICE_ROUTER("create-service-router"),
    /** Create an event router. */
    CREATE_EVENT_ROUTER("create-event-router"),
    /** Follow live changes. */
    LIVE("live"),
    /** Send a test message. */
    SEND_TEST_MESSAGE("send-test-message"),
    /** Filter. */
    FILTER("filter"),
    /** Start. */
    START("start"),
    /** Stop. */
    STOP("stop"),
    /** Properties. */
    PROPERTIES("properties"),
    /** About. */
    ABOUT("about"),
    /** Help. */
    HELP("help"),
    /** Error. */
    ERROR("error"),
    /** Warning. */
    WARNING("warning"),
    /** Node: OpenMOM server. */
    SERVER("server"),
    /** Node: the services of a server. */
    SERVICES("services"),
    /** Node: a connected service. */
    SERVICE("service"),
    /** Node: an administration service. */
    ADMIN_SERVICE("admin-service"),
    /** Node: a service's mailbox. */
    MAILBOX("mailbox"),
    /** Node: the server mailbox. */
    SERVER_MAILBOX("server-mailbox"),
    /** Node: a posted message. */
    MESSAGE("message"),
    /** Node: a message seed. */
    MESSAGE_SEED("message-seed"),
    /** Node: a persistent message seed. */
    PERSISTENT_SEED("persistent-seed"),
    /** Node: a global message. */
    GLOBAL_MESSAGE("global-message"),
    /** Node: a global message seed. */
    GLOBAL_SEED("global-seed"),
    /** Node: the reflexes of a server. */
    REFLEXES("reflexes"),
    /** Reflex: logging service. */
    LOGGING_SERVICE("logging-service"),
    /** Reflex: local service. */
    LOCAL_SERVICE("local-service"),
    /** Reflex: registration filter. */
    REGISTRATION_FILTER("registration-filter"),
    /** Reflex: message filter. */
    MESSAGE_FILTER("message-filter"),
    /** Reflex: de-registration filter. */
    DEREGISTRATION_FILTER("deregistration-filter"),
    /** Reflex: message delivery filter. */
    DELIVERY_FILTER("delivery-filter"),
    /** Reflex: dead letters reflex. */
    DEAD_LETTERS("dead-letters"),
    /** Configuration: a program the server starts on demand (an Activation line). */
    ACTIVATION("activation"),
    /** Node: a router. */
    ROUTER("router"),
    /** Servers List: an entry. */
    ENTRY("entry"),
    /** Servers List: a server declaration. */
    DECLARATION("declaration"),
    /** A file. */
    FILE("file"),
    /** Program: OpenMOM Server. */
    APP_SERVER("app-server"),
    /** Program: OpenMOM Explorer. */
    APP_EXPLORER("app-explorer"),
    /** Messages: the first page. */
    PAGE_FIRST("page-first"),
    /** Messages: the previous page. */
    PAGE_PREVIOUS("page-previous"),
    /** Messages: the next page. */
    PAGE_NEXT("page-next"),
    /** Messages: the last page. */
    PAGE_LAST("page-last"),
    /** Messages: newest first. */
    NEWEST_FIRST("newest-first"),
    /** The dashboard of every connected server. */
    DASHBOARD("dashboard"),
    /** Load the whole message body. */
    LOAD_ALL("load-all"),
    /** Read-only: no change to a server. */
    READ_ONLY("read-only"),
    /** A connection profile: a named set of servers. */
    CONNECTION_PROFILE("connection-profile"),
    /** Search the messages of every connected server. */
    SEARCH("search"),
    /** Cancel what runs. */
    CANCEL("cancel"),
    /** Purge every message waiting for a service/user. */
    PURGE("purge"),
    /** Resubmit: post again to where it was going. */
    RESUBMIT("resubmit"),
    /** Move to another service/user. */
    MOVE_TO("move-to"),
    /** Copy to another service/user. */
    COPY_TO("copy-to"),
    /** Restore from the trash. */
    RESTORE("restore"),
    /** The audit log. */
    AUDIT_LOG("audit-log"),
    /** The trash of deleted and purged messages. */
    TRASH("trash"),
    /** Program: Servers List Editor. */
    APP_SERVERS_LIST_EDITOR("app-servers-list-editor"),
    /** Program: Server Configuration Editor. */
    APP_CONFIG_EDITOR("app-config-editor"),
    /** Program: Chat demo. */
    APP_CHAT("app-chat"),
    /** View: the light theme. */
    THEME_LIGHT("theme-light"),
    /** View: the dark theme. */
    THEME_DARK("theme-dark"),
    /** View: the theme of the desktop. */
    THEME_FOLLOW("theme-follow");

    private static final String FOLDER = "/org/openmom/icons/";

    private final String fileName;

    OpenMomIcon(String fileName) {
        this.fileName = fileName;
    }

    /** The icon's name, as its SVG and PNG files are named. */
    public String fileName() {
        return fileName;
    }

    /** The PNG of this icon at {@code size}, from the class path. */
    public URL url(IconSize size) {
        String path = FOLDER + size.pixels() + "/" + fileName + ".png";
        return Objects.requireNonNull(OpenMomIcon.class.getResource(path), () -> "missing icon resource " + path);
    }

    /** The icon whose file is {@code fileName}, e.g. {@code "item-add"}. */
    public static OpenMomIcon fromFileName(String fileName) {
        return Arrays.stream(values())
                .filter(icon -> icon.fileName.equals(fileName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no icon named " + fileName));
    }
}
